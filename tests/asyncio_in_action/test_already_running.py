import asyncio

import pytest

from examples.asyncio_in_action.already_running import answer


def test_nested_run_is_refused_too():
    async def nested() -> None:
        coroutine = answer()
        with pytest.raises(RuntimeError, match="cannot be called from a running event loop"):
            asyncio.run(coroutine)
        coroutine.close()

    asyncio.run(nested())


def test_run_until_complete_is_refused_on_the_running_loop():
    async def cell() -> None:
        coroutine = answer()
        with pytest.raises(RuntimeError, match="This event loop is already running"):
            asyncio.get_running_loop().run_until_complete(coroutine)
        coroutine.close()
        assert await answer() == 42  # awaiting it instead works

    asyncio.run(cell())
