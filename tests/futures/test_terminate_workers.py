import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="tests the versions before 3.14")
def test_no_terminate_workers_before_314():
    from concurrent.futures import ProcessPoolExecutor

    assert not hasattr(ProcessPoolExecutor, "terminate_workers")
    assert not hasattr(ProcessPoolExecutor, "kill_workers")
