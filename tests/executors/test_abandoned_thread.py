import asyncio
import inspect
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from examples.executors import abandoned_thread


@pytest.fixture
def short_job(monkeypatch):
    monkeypatch.setattr(abandoned_thread, "JOB", 0.6)  # still six times the 0.1 s limit
    return 0.6


@pytest.mark.timeout(30)
def test_timeout_abandons_the_thread_and_asyncio_run_waits_for_it(short_job):
    finished = threading.Event()
    after_timeout = {}

    async def scenario() -> None:
        await abandoned_thread.abandon(finished)
        after_timeout["finished"] = finished.is_set()
        after_timeout["workers"] = [t for t in threading.enumerate()
                                    if t.name.startswith("asyncio") and t.is_alive()]

    asyncio.run(scenario())
    assert after_timeout["finished"] is False  # the timeout did not stop the job...
    assert after_timeout["workers"]  # ...its thread was still running...
    assert finished.is_set()  # ...and asyncio.run() returned only after it had ended
    assert not any(t.is_alive() for t in after_timeout["workers"])


@pytest.mark.timeout(30)
def test_a_stop_event_ends_the_job_at_its_next_check(monkeypatch):
    monkeypatch.setattr(abandoned_thread, "JOB", 2.0)  # costs nothing: it stops early
    finished = threading.Event()
    started = time.perf_counter()
    asyncio.run(abandoned_thread.stop_cooperatively(finished))
    assert not finished.is_set()  # it returned early, at a check of the stop event
    assert time.perf_counter() - started < 2.0  # generous: the check is every 10 ms


def test_shutdown_default_executor_has_a_timeout_only_from_312():
    # Before 3.12 there is no limit to give: asyncio.run() waits as long as the thread runs.
    loop = asyncio.new_event_loop()
    try:
        parameters = inspect.signature(loop.shutdown_default_executor).parameters
    finally:
        loop.close()
    assert ("timeout" in parameters) == (sys.version_info >= (3, 12))


@pytest.mark.timeout(30)
def test_an_abandoned_thread_keeps_a_pool_worker_busy():
    finished = threading.Event()

    def slow() -> None:
        time.sleep(0.6)
        finished.set()

    async def scenario() -> bool:
        loop = asyncio.get_running_loop()
        loop.set_default_executor(ThreadPoolExecutor(max_workers=1))
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.05):
                await asyncio.to_thread(slow)
        # The pool's only worker is still busy with the abandoned call: this one queues.
        return await asyncio.to_thread(finished.is_set)

    assert asyncio.run(scenario()) is True  # it ran only after the abandoned job ended
