import re


def test_the_three_ways_agree_and_the_ratios_are_printed(run_example):
    run = run_example("process_problems/payload_cost.py", timeout=30)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "the list pickles to 4.9 MB"
    assert lines[1] == "same total all three ways: True"
    # Only the shape: the ratios depend on the machine and its load.
    assert re.fullmatch(r"sending the list took \d+\.\d times as long as sending \(0, 1000000\)",
                        lines[2])
    assert re.fullmatch(r"and \d+\.\d times as long as summing it here, without a pool", lines[3])
