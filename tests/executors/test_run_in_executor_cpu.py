from examples.executors.run_in_executor_cpu import count_primes


def test_cpu_work_runs_in_other_processes(run_example):
    run = run_example("executors/run_in_executor_cpu.py", timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "primes below [100000, 200000, 300000]: [9592, 17984, 25997]",
        "computed outside this process: True",
    ]


def test_count_primes_is_right_for_small_limits():
    assert count_primes(10)[0] == 4
    assert count_primes(100)[0] == 25
