import asyncio

import pytest

from examples.structured_concurrency.cancel_scopes import work


@pytest.mark.timeout(10)
def test_an_expired_timeout_leaves_no_cancellation_pending_after_it():
    async def scenario() -> tuple[int, list[str]]:
        log: list[str] = []
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.01):
                await work("a", log)
        await asyncio.sleep(0)  # would raise CancelledError if a request were left
        return asyncio.current_task().cancelling(), log

    assert asyncio.run(scenario()) == (0, ["a cancelled"])
