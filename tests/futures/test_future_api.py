import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from examples.futures.future_api import divide, wait_then_return


@pytest.mark.timeout(20)
def test_result_reraises_the_workers_exception():
    with ThreadPoolExecutor(max_workers=1) as executor:
        future = executor.submit(divide, 1, 0)
        with pytest.raises(ZeroDivisionError):
            future.result(timeout=10)
        assert isinstance(future.exception(), ZeroDivisionError)


@pytest.mark.timeout(20)
def test_a_started_job_cannot_be_cancelled_and_a_queued_one_can():
    gate, started = threading.Event(), threading.Event()
    with ThreadPoolExecutor(max_workers=1) as executor:
        running = executor.submit(wait_then_return, gate, 1, started)
        queued = executor.submit(wait_then_return, gate, 2)
        assert started.wait(10)
        assert running.running()
        assert not running.cancel()
        assert queued.cancel()
        assert queued.cancelled()
        gate.set()
        assert running.result(timeout=10) == 1


@pytest.mark.timeout(20)
def test_result_timeout_does_not_cancel_the_job():
    gate = threading.Event()
    with ThreadPoolExecutor(max_workers=1) as executor:
        future = executor.submit(wait_then_return, gate, 5)
        with pytest.raises(TimeoutError):
            future.result(timeout=0.05)
        assert not future.done()
        gate.set()
        assert future.result(timeout=10) == 5
