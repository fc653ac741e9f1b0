def test_timeout_cancels_the_work_and_raises_timeouterror(run_example):
    run = run_example("asyncio_in_action/timeouts.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "timeout(0.1) raised TimeoutError; ['slow_operation was cancelled']",
        "finished before the rescheduled deadline: expired=False",
        "wait_for(timeout=0.1) raised TimeoutError too",
    ]
