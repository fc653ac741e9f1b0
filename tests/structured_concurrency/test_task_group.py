import asyncio

import pytest

from examples.structured_concurrency.task_group import (
    fail_when,
    forgotten,
    sibling,
    with_gather,
    with_task_group,
)


@pytest.mark.timeout(10)
def test_gather_orphans_the_sibling_and_task_group_does_not():
    assert "tasks still running: 1" in asyncio.run(with_gather())
    assert "tasks still running: 0" in asyncio.run(with_task_group())


@pytest.mark.timeout(10)
def test_task_group_raises_every_failure_not_just_the_first():
    async def two_failures() -> list[str]:
        started, messages = asyncio.Event(), []
        started.set()
        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(fail_when(started))
                group.create_task(fail_when(started))
        except* ValueError as errors:
            messages = [str(error) for error in errors.exceptions]
        return messages

    assert asyncio.run(two_failures()) == ["boom", "boom"]


@pytest.mark.timeout(10)
def test_task_group_waits_for_cleanup_before_the_block_ends():
    async def run() -> list[str]:
        log: list[str] = []
        started = asyncio.Event()
        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(sibling(log, started))
                group.create_task(fail_when(started))
        except* ValueError:
            log.append("group raised")
        return log

    assert asyncio.run(run()) == ["sibling cleaned up", "group raised"]


@pytest.mark.timeout(10)
def test_forgotten_task_exception_is_swallowed():
    task = asyncio.run(forgotten())  # no exception reached the caller
    assert isinstance(task.exception(), ValueError)
