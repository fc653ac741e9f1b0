from concurrent.futures import ThreadPoolExecutor

import pytest

from examples.futures.future_api import divide


@pytest.mark.timeout(20)
def test_result_reraises_the_workers_exception():
    with ThreadPoolExecutor(max_workers=1) as executor:
        future = executor.submit(divide, 1, 0)
        with pytest.raises(ZeroDivisionError):
            future.result(timeout=10)
        assert isinstance(future.exception(), ZeroDivisionError)
