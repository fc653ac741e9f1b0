def test_each_method_returns_the_squares(run_example):
    run = run_example("pools/pool_methods.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    lines = run.stdout.splitlines()
    assert lines[0].endswith("[0, 1, 4, 9, 16, 25]")
    assert lines[1].startswith("imap_unordered:  [0, 1, 4, 9, 16, 25]")
    assert lines[2].endswith("get() -> 49, callback saw [49]")
    assert lines[3].endswith("get() -> [0, 1, 4, 9], callback saw [0, 1, 4, 9]")
    assert lines[4] == "get(timeout=0.1) raised TimeoutError; ready() = False"


def test_leaving_the_with_block_does_not_wait_for_the_slow_task(run_example):
    run = run_example("pools/pool_methods.py", timeout=20)  # the slow task sleeps 30 s
    assert run.returncode == 0
