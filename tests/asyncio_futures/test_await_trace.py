import asyncio
import time

import pytest

from examples.asyncio_futures import await_trace


@pytest.mark.timeout(10)
def test_the_parent_resumes_from_the_future_only_once_its_value_is_set():
    await_trace.log.clear()
    started = time.perf_counter()
    asyncio.run(await_trace.parent())
    assert time.perf_counter() - started >= 0.04  # call_later(0.05, set_result, ...)
