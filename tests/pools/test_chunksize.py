from multiprocessing import get_context

import pytest

from examples.pools.chunksize import timed_map


@pytest.mark.timeout(60)
def test_any_chunksize_returns_every_result_in_input_order():
    numbers = range(1_001)  # not a multiple of the chunk sizes below
    with get_context("spawn").Pool(processes=2) as pool:
        for chunksize in (1, 7, 1_000, 5_000):
            results, _ = timed_map(pool, numbers, chunksize)
            assert results == [n * n for n in numbers], chunksize
