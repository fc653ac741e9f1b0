import asyncio
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
    async def scenario(pool: ProcessPoolExecutor) -> tuple[bool, bool, bool, str]:
        running = pool.submit(crunch, 0.5)
        queued = pool.submit(crunch, 0.5)
        while not (running.running() or running.done()):
            await asyncio.sleep(0.01)
        refused, accepted = running.cancel(), queued.cancel()
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.05):
                await asyncio.wrap_future(running)
        still_running = running.running()
        return refused, accepted, still_running, await asyncio.wrap_future(running)

    with ProcessPoolExecutor(max_workers=1) as pool:
        refused, accepted, still_running, result = asyncio.run(scenario(pool))
    assert refused is False  # cancel() on a running job: refused
    assert accepted is True  # on a job still in the queue: done, it never runs
    assert still_running  # the timeout abandoned the wait, not the work
    assert result == "computed to the end"
