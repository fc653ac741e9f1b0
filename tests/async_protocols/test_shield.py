import asyncio

import pytest

from examples.async_protocols.shield import save


@pytest.mark.timeout(20)
def test_cancelling_the_wait_on_a_shield_leaves_the_inner_task_running():
    async def scenario() -> tuple[bool, bool, list[str]]:
        log: list[str] = []
        inner = asyncio.create_task(save(log))
        outer = asyncio.ensure_future(asyncio.shield(inner))
        await asyncio.sleep(0.01)
        outer.cancel()
        await asyncio.wait({outer})
        running_after_cancel = not inner.done()
        await inner
        return outer.cancelled(), running_after_cancel, log

    assert asyncio.run(scenario()) == (True, True, ["save finished"])
