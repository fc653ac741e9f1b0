def test_a_process_cannot_exit_until_its_queue_is_read(run_example):
    run = run_example("queues/join_deadlock.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "join before reading: still alive = True",  # put() had returned: the event was set
        "after get(): 1,000,000 bytes received, exit code 0",
    ]
