def test_worker_exception_is_reraised_with_the_remote_traceback(run_example):
    run = run_example("pools/worker_exceptions.py", timeout=30)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    assert out.startswith("the parent caught ZeroDivisionError: division by zero\n")
    assert "its __cause__ is RemoteTraceback:" in out
    # The remote traceback names the worker's own frame and line.
    assert ', in divide\n    return numerator / denominator' in out
    assert out.rstrip().endswith("the pool still works: [0.5, 0.75]")
