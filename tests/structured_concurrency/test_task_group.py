import asyncio

import pytest

from examples.structured_concurrency.task_group import (
    fail_when,
)


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
