def test_the_manager_listens_on_a_real_port(run_example):
    run = run_example("queues/queue_manager.py", timeout=30)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert int(lines[0].rsplit(":", 1)[1]) > 0  # port 0 was replaced by a real port
