import asyncio

import pytest

from examples.asyncio_basics.no_suspend import no_suspend


@pytest.mark.timeout(10)
def test_awaiting_a_coroutine_that_does_not_suspend_gives_the_loop_no_turn():
    async def scenario() -> list[str]:
        log: list[str] = []

        async def child() -> None:
            log.append("child")

        task = asyncio.create_task(child())
        for _ in range(100):
            await no_suspend()
        log.append("after 100 awaits")
        await asyncio.sleep(0)
        log.append("after sleep(0)")
        await task
        return log

    assert asyncio.run(scenario()) == ["after 100 awaits", "child", "after sleep(0)"]


@pytest.mark.timeout(10)
def test_awaiting_a_done_future_does_not_suspend_and_a_pending_one_does():
    async def scenario() -> list[str]:
        loop = asyncio.get_running_loop()
        log: list[str] = []
        loop.call_soon(log.append, "callback")
        done = loop.create_future()
        done.set_result(None)
        await done
        log.append("after the done future")
        pending = loop.create_future()
        loop.call_soon(pending.set_result, None)
        await pending
        log.append("after the pending future")
        return log

    assert asyncio.run(scenario()) == [
        "after the done future", "callback", "after the pending future"]
