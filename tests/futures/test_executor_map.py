from concurrent.futures import ThreadPoolExecutor

import pytest

from examples.futures.executor_map import square


def test_map_keeps_input_order_and_raises_at_the_failing_item(run_example):
    run = run_example("futures/executor_map.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "got 0", "got 1", "got 4", "iteration stopped at item 3: 3 is not welcome",
        "map(timeout=0.2) raised TimeoutError while item 2 was still running",
    ]


@pytest.mark.timeout(20)
def test_map_results_are_in_input_order():
    with ThreadPoolExecutor(max_workers=4) as executor:
        assert list(executor.map(square, [4, 2, 0, 1])) == [16, 4, 0, 1]
