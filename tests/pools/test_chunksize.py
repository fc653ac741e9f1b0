import re


def test_both_chunksizes_give_the_same_results(run_example):
    run = run_example("pools/chunksize.py", timeout=30)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "same results: True"
    # Only the shape of the ratio line: its value depends on the machine and its load.
    assert re.fullmatch(r"chunksize=1 took \d+ times as long as \d+ items per chunk, "
                        r"on \d+ workers", lines[1])
