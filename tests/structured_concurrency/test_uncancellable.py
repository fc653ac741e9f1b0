import asyncio
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor

import pytest

from examples.structured_concurrency.uncancellable import crunch


@pytest.mark.timeout(10)
def test_a_timeout_cannot_fire_while_a_blocking_call_holds_the_loop():
    async def scenario() -> tuple[bool, float]:
        started = time.perf_counter()
        async with asyncio.timeout(0.01) as scope:
            time.sleep(0.2)
        return scope.expired(), time.perf_counter() - started

    expired, elapsed = asyncio.run(scenario())  # no TimeoutError was raised
    assert expired is False
    assert elapsed >= 0.2


@pytest.mark.timeout(60)
def test_a_started_pool_job_cannot_be_cancelled_and_a_queued_one_can():
    async def scenario(pool: ProcessPoolExecutor) -> tuple[list[bool], bool, str]:
        jobs = [pool.submit(crunch, 1.0)] + [pool.submit(crunch, 0) for _ in range(3)]
        while not (jobs[0].running() or jobs[0].done()):
            await asyncio.sleep(0.01)
        cancelled = [job.cancel() for job in jobs]
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.05):
                await asyncio.wrap_future(jobs[0])
        still_running = jobs[0].running()
        return cancelled, still_running, await asyncio.wrap_future(jobs[0])

    with ProcessPoolExecutor(max_workers=1) as pool:
        cancelled, still_running, result = asyncio.run(scenario(pool))
    assert cancelled[0] is False  # cancel() on the running job: refused
    assert cancelled[-1] is True  # the fourth in line was still waiting: it never runs
    # One worker, a call queue of max_workers + 1: at most three jobs were past recall.
    assert 1 <= cancelled.count(False) <= 3
    assert still_running  # the timeout abandoned the wait, not the work
    assert result == "computed to the end"


def stoppable_crunch(stop) -> str:  # module level, so that the pool can pickle it
    for _ in range(3000):  # up to 30 s of work, in 10 ms steps
        if stop.wait(0.01):
            return "stopped early"
    return "computed to the end"


@pytest.mark.timeout(60)
def test_a_manager_event_stops_a_running_pool_job():
    with multiprocessing.Manager() as manager, ProcessPoolExecutor(max_workers=1) as pool:
        stop = manager.Event()
        job = pool.submit(stoppable_crunch, stop)
        while not (job.running() or job.done()):
            time.sleep(0.01)
        stop.set()
        assert job.result(timeout=20) == "stopped early"


@pytest.mark.timeout(60)
def test_a_plain_multiprocessing_event_cannot_be_sent_to_a_pool_job():
    with ProcessPoolExecutor(max_workers=1) as pool:
        job = pool.submit(stoppable_crunch, multiprocessing.Event())
        with pytest.raises(RuntimeError, match="inheritance"):
            job.result(timeout=20)
