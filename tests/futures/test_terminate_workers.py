import sys

import pytest


@pytest.mark.skipif(sys.version_info < (3, 14), reason="needs Python 3.14")
def test_terminate_workers_breaks_the_pool_quickly(run_example):
    run = run_example("futures/terminate_workers.py", timeout=45)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "stopped a stuck worker in under 5 s: True",
        "its future: done=True, exception=BrokenProcessPool",
    ]


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="tests the versions before 3.14")
def test_no_terminate_workers_before_314():
    from concurrent.futures import ProcessPoolExecutor

    assert not hasattr(ProcessPoolExecutor, "terminate_workers")
    assert not hasattr(ProcessPoolExecutor, "kill_workers")
