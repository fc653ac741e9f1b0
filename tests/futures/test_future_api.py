import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from examples.futures.future_api import divide, wait_then_return


def test_output_shows_each_future_state(run_example):
    run = run_example("futures/future_api.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "result(timeout=0.1) raised TimeoutError; running=True",
        "cancel() on the running job: False",
        "cancel() on the queued job: True",
        "queued.result() raised CancelledError",
        "running.result() = 42",
        "callback: ['worker_0 saw 42']",
        "exception() returned ZeroDivisionError: division by zero",
        "late callback: MainThread saw 0.25",
        "after shutdown(cancel_futures=True): first=1, cancelled=5 of 5",
    ]


@pytest.mark.timeout(20)
def test_result_reraises_the_workers_exception():
    with ThreadPoolExecutor(max_workers=1) as executor:
        future = executor.submit(divide, 1, 0)
        with pytest.raises(ZeroDivisionError):
            future.result(timeout=10)
        assert isinstance(future.exception(), ZeroDivisionError)


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
