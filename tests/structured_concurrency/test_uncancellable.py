import asyncio
import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor

import pytest

from examples.structured_concurrency.uncancellable import crunch


@pytest.mark.timeout(60)
def test_at_most_the_jobs_in_the_call_queue_refuse_cancel():
    async def scenario(pool: ProcessPoolExecutor) -> list[bool]:
        jobs = [pool.submit(crunch, 1.0)] + [pool.submit(crunch, 0) for _ in range(3)]
        while not (jobs[0].running() or jobs[0].done()):
            await asyncio.sleep(0.01)
        cancelled = [job.cancel() for job in jobs]
        await asyncio.wrap_future(jobs[0])
        return cancelled

    with ProcessPoolExecutor(max_workers=1) as pool:
        cancelled = asyncio.run(scenario(pool))
    # One worker, a call queue of max_workers + 1: at most three jobs were past recall.
    assert 1 <= cancelled.count(False) <= 3


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
