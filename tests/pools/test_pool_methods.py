def test_leaving_the_with_block_does_not_wait_for_the_slow_task(run_example):
    run = run_example("pools/pool_methods.py", timeout=20)  # the slow task sleeps 30 s
    assert run.returncode == 0
