def test_to_thread_runs_in_a_worker_thread_with_the_callers_context(run_example):
    run = run_example("executors/to_thread.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "a: thread=True, request_id=req-a",
        "b: thread=True, request_id=req-b",
    ]
