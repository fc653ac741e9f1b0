import asyncio

import pytest

from examples.executors.run_in_executor_io import fetch_all


@pytest.mark.timeout(30)
def test_blocking_calls_overlap_in_the_thread_pool():
    results, elapsed = asyncio.run(fetch_all(["a", "b", "c", "d"]))
    assert [result.split()[0] for result in results] == ["a", "b", "c", "d"]  # input order
    assert len({result.split()[-1] for result in results}) == 4  # four different threads
    assert 0.19 <= elapsed < 0.6  # overlapped: well under the 0.8 s of four calls in turn
