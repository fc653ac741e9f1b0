from concurrent.futures import ThreadPoolExecutor

import pytest

from examples.threads.thread_exceptions import fail


@pytest.mark.timeout(10)
def test_the_reraised_exception_carries_the_workers_traceback():
    with ThreadPoolExecutor(max_workers=1) as executor:
        future = executor.submit(fail)
        with pytest.raises(ValueError, match="bad input") as caught:
            future.result(timeout=5)
    assert "fail" in [entry.name for entry in caught.traceback]  # the worker's frame
