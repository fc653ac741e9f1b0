import asyncio
import time

import pytest

from examples.asyncio_in_action.timeouts import slow_operation


@pytest.mark.timeout(10)
def test_timeout_raises_at_the_block_long_before_the_work_would_end():
    async def scenario() -> float:
        started = time.perf_counter()
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.05):
                await slow_operation([])
        return time.perf_counter() - started

    assert asyncio.run(scenario()) < 5  # the 10 s sleep did not run out


@pytest.mark.timeout(10)
def test_reschedule_sets_a_deadline_that_fires_later():
    async def scenario() -> bool:
        loop = asyncio.get_running_loop()
        try:
            async with asyncio.timeout(None) as deadline:
                deadline.reschedule(loop.time() + 0.05)
                await asyncio.sleep(10)
        except TimeoutError:
            return deadline.expired()
        return False

    assert asyncio.run(scenario()) is True


@pytest.mark.timeout(10)
def test_wait_for_cancels_the_work_too():
    async def scenario() -> list[str]:
        log: list[str] = []
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(slow_operation(log), timeout=0.05)
        return log

    assert asyncio.run(scenario()) == ["slow_operation was cancelled"]
