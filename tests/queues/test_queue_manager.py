import re


def test_client_process_fills_the_served_queue_and_a_wrong_key_is_refused(run_example):
    run = run_example("queues/queue_manager.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    lines = run.stdout.splitlines()
    assert re.fullmatch(r"queue listening on 127\.0\.0\.1:\d+", lines[0])
    assert int(lines[0].rsplit(":", 1)[1]) > 0  # port 0 was replaced by a real port
    assert lines[1] == "received from the client process: ['alpha', 'beta', 'gamma']"
    assert lines[2].startswith("a wrong authkey is refused: AuthenticationError: ")
    assert len(lines) == 3
