import asyncio
import contextlib

import pytest

from examples.async_protocols.timeout_in_generator import trapped


@pytest.mark.timeout(20)
def test_a_fast_consumer_gets_every_item_from_the_trapped_generator():
    async def scenario() -> list[int]:
        async with contextlib.aclosing(trapped()) as stream:
            return [item async for item in stream]

    assert asyncio.run(scenario()) == [0, 1, 2]  # the trap needs a slow consumer
