def test_join_swallows_and_future_reraises(run_example):
    run = run_example("threads/thread_exceptions.py")
    assert run.returncode == 0
    assert run.stdout.splitlines() == [
        "excepthook: failing raised ValueError: bad input",
        "join() returned without raising",
        "future.result() raised ValueError: bad input",
    ]
    assert run.stderr == ""  # the custom excepthook replaced the default traceback
