import asyncio

import pytest

from examples.synchronisation.asyncio_lock import TASKS, count


@pytest.mark.timeout(20)
def test_an_await_inside_a_read_modify_write_loses_updates_without_a_lock():
    assert asyncio.run(count(None)) < TASKS


@pytest.mark.timeout(20)
def test_asyncio_lock_keeps_every_update():
    async def with_lock() -> int:
        return await count(asyncio.Lock())

    assert asyncio.run(with_lock()) == TASKS
