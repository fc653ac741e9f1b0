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
