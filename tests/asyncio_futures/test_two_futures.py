import concurrent.futures
import time

import pytest


def test_concurrent_future_result_blocks_the_thread_for_its_timeout():
    started = time.perf_counter()
    with pytest.raises(TimeoutError):
        concurrent.futures.Future().result(timeout=0.05)
    assert time.perf_counter() - started >= 0.04  # it blocked the thread meanwhile
