def test_the_lost_task_never_completes_but_the_pool_goes_on(run_example):
    run = run_example("process_problems/pool_lost_task.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""  # spawn: no fork-with-threads DeprecationWarning
    assert run.stdout.splitlines() == [
        "the dead worker's task: get(timeout=1) raised TimeoutError, ready() = False",
        "a replacement worker ran the next task: 49",
    ]
