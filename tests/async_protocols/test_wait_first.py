import asyncio

import pytest

from examples.async_protocols.wait_first import job


@pytest.mark.timeout(20)
def test_first_completed_returns_at_once_and_leaves_the_rest_running():
    async def scenario() -> tuple[set[str], bool]:
        fast = asyncio.create_task(job("fast", 0.01))
        slow = asyncio.create_task(job("slow", 5))
        done, pending = await asyncio.wait({fast, slow},
                                           return_when=asyncio.FIRST_COMPLETED)
        still_running = not slow.done() and not slow.cancelled()
        slow.cancel()
        await asyncio.wait({slow})
        return {task.result() for task in done}, still_running and pending == {slow}

    assert asyncio.run(scenario()) == ({"fast"}, True)


@pytest.mark.timeout(20)
def test_first_exception_returns_at_the_first_failure_not_the_first_success():
    async def scenario() -> tuple[int, type[BaseException] | None]:
        ok = asyncio.create_task(job("ok", 0.01))
        broken = asyncio.create_task(job("broken", 0.1, fail=True))
        slow = asyncio.create_task(job("slow", 5))
        done, pending = await asyncio.wait({ok, broken, slow},
                                           return_when=asyncio.FIRST_EXCEPTION)
        for task in pending:
            task.cancel()
        await asyncio.wait(pending)
        error = broken.exception()
        return len(done), type(error) if error else None

    assert asyncio.run(scenario()) == (2, ConnectionError)
