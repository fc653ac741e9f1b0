import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

import pytest

from examples.futures.as_completed import job


@pytest.mark.timeout(20)
def test_as_completed_timeout_bounds_the_wait():
    gate = threading.Event()  # never set within the timeout
    with ThreadPoolExecutor(max_workers=1) as executor:
        future = executor.submit(job, "x", gate)
        with pytest.raises(TimeoutError):
            list(as_completed([future], timeout=0.1))
        gate.set()
        assert future.result(timeout=10) == "X"
