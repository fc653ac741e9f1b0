def test_daemon_is_abandoned_and_event_stopped_thread_cleans_up(run_example):
    run = run_example("threads/daemon.py", timeout=10)
    assert run.returncode == 0  # the program exits although the daemon loops forever
    assert run.stdout.splitlines() == [
        "main: heartbeat daemon=True, stoppable daemon=False",
        "stoppable: cleaned up",
        "main: exiting; the daemon thread is abandoned mid-loop",
    ]
    assert "heartbeat: cleaned up" not in run.stdout  # its finally never ran
    assert run.stderr == ""
