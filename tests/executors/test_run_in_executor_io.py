import re


def test_blocking_calls_overlap_in_the_thread_pool(run_example):
    run = run_example("executors/run_in_executor_io.py", timeout=30)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "results in input order: ['a', 'b', 'c', 'd']"
    assert lines[1] == "threads used: ['io_0', 'io_1', 'io_2', 'io_3']"
    elapsed = float(re.match(r"4 calls of 0.2 s took ([0-9.]+) s", lines[2])[1])
    assert 0.19 <= elapsed < 0.6  # overlapped: well under the 0.8 s of four calls in turn
