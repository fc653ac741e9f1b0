from multiprocessing import get_context
from multiprocessing.pool import RemoteTraceback

import pytest

from examples.pools.worker_exceptions import divide


@pytest.mark.timeout(60)
def test_one_failing_item_fails_the_whole_map_and_the_pool_carries_on():
    with get_context("spawn").Pool(processes=2) as pool:
        with pytest.raises(ZeroDivisionError) as caught:
            pool.starmap(divide, [(1, 2), (1, 0), (3, 4)])  # one bad item of three
        assert isinstance(caught.value.__cause__, RemoteTraceback)
        assert "in divide" in str(caught.value.__cause__)
        assert pool.apply_async(divide, (9, 3)).get(timeout=30) == 3.0
