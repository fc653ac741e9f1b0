def test_locked_increments_are_never_lost(run_example):
    run = run_example("process_problems/value_array.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "counter after 4 processes x 2,000 locked increments: 8000",
        "array filled by 4 processes: [0, 1, 4, 9]",
    ]
