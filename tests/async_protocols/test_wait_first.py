import asyncio

import pytest

from examples.async_protocols.wait_first import job


@pytest.mark.timeout(20)
def test_wait_with_a_timeout_returns_and_cancels_nothing():
    async def scenario() -> tuple[int, bool, bool]:
        slow = asyncio.create_task(job("slow", 5))
        done, pending = await asyncio.wait({slow}, timeout=0.01)
        still_running = not slow.done()
        slow.cancel()
        await asyncio.wait({slow})
        return len(done), pending == {slow}, still_running

    assert asyncio.run(scenario()) == (0, True, True)
