def test_dead_worker_breaks_the_executor_and_a_new_one_recovers(run_example):
    run = run_example("process_problems/broken_pool.py", timeout=30)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("result() raised BrokenProcessPool: A process in the process pool "
                               "was terminated abruptly")
    assert lines[1] == "submit() raises BrokenProcessPool too: the executor is unusable"
    assert lines[2] == "a new executor works: [0, 1, 4, 9, 16]"
