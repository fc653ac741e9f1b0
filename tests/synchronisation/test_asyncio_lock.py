import asyncio

import pytest


@pytest.mark.timeout(10)
def test_asyncio_lock_is_not_reentrant():
    async def scenario() -> None:
        lock = asyncio.Lock()
        async with lock:
            with pytest.raises(TimeoutError):
                async with asyncio.timeout(0.05):
                    await lock.acquire()  # its own holder waits like anyone else

    asyncio.run(scenario())
