import asyncio

import pytest

from examples.async_protocols.async_iterator import Countdown, countdown


@pytest.mark.parametrize("make", [Countdown, countdown])
def test_both_forms_yield_the_same_items_then_stop(make):
    async def scenario() -> tuple[list[int], bool]:
        iterator = make(4)
        items = [item async for item in iterator]
        try:
            await anext(iterator)
        except StopAsyncIteration:
            return items, True
        return items, False

    assert asyncio.run(scenario()) == ([4, 3, 2, 1], True)


def test_a_plain_for_cannot_iterate_an_async_iterator():
    with pytest.raises(TypeError):
        for _ in Countdown(1):  # type: ignore[attr-defined]
            pass
