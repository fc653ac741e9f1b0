import asyncio
import concurrent.futures
import time

import pytest


def test_the_two_result_methods_differ():
    loop = asyncio.new_event_loop()
    try:
        future = loop.create_future()
        with pytest.raises(asyncio.InvalidStateError):
            future.result()
    finally:
        loop.close()
    with pytest.raises(TypeError):
        future.result(timeout=1)  # no timeout parameter at all
    started = time.perf_counter()
    with pytest.raises(TimeoutError):
        concurrent.futures.Future().result(timeout=0.05)
    assert time.perf_counter() - started >= 0.04  # it blocked the thread meanwhile
