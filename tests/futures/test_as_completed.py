import threading
from concurrent.futures import ThreadPoolExecutor, as_completed

import pytest

from examples.futures.as_completed import job


def test_results_arrive_in_finishing_order(run_example):
    run = run_example("futures/as_completed.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "submitted: ['a', 'b', 'c', 'd']",
        "finished d: D",
        "finished b: B",
        "finished c: raised ValueError('job c failed')",
        "finished a: A",
    ]


@pytest.mark.timeout(20)
def test_as_completed_timeout_bounds_the_wait():
    gate = threading.Event()  # never set within the timeout
    with ThreadPoolExecutor(max_workers=1) as executor:
        future = executor.submit(job, "x", gate)
        with pytest.raises(TimeoutError):
            list(as_completed([future], timeout=0.1))
        gate.set()
        assert future.result(timeout=10) == "X"
