import asyncio

import pytest

from examples.executors.run_in_executor_io import fetch_all


@pytest.mark.timeout(30)
def test_blocking_calls_overlap_in_the_thread_pool():
    results, elapsed = asyncio.run(fetch_all(["a", "b", "c", "d"]))
    assert len(results) == 4
    assert 0.19 <= elapsed < 0.8  # overlapped: under the 0.8 s of four calls in turn
