from concurrent.futures import ThreadPoolExecutor

import pytest

from examples.futures.executor_map import square


@pytest.mark.timeout(20)
def test_map_results_are_in_input_order():
    with ThreadPoolExecutor(max_workers=4) as executor:
        assert list(executor.map(square, [4, 2, 0, 1])) == [16, 4, 0, 1]
