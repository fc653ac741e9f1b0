def test_close_finishes_queued_tasks_and_terminate_kills_them(run_example):
    run = run_example("pools/close_vs_terminate.py", timeout=20)  # the tasks would take 30 s
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "close + join: 4 of 4 tasks finished",
        "a closed pool refuses new work: ValueError: Pool not running",
        "terminate:    0 of 4 tasks finished, returned in under 30 s: True",
    ]
