import asyncio

import pytest

from examples.asyncio_in_action.gather_vs_taskgroup import long_job


@pytest.mark.timeout(10)
def test_an_error_in_the_group_body_cancels_the_children_too():
    async def scenario() -> tuple[list[str], list[str]]:
        log: list[str] = []
        messages: list[str] = []
        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(long_job("child", log))
                await asyncio.sleep(0)
                raise ValueError("body failed")
        except* ValueError as errors:
            messages = [str(error) for error in errors.exceptions]
        return messages, log

    assert asyncio.run(scenario()) == (["body failed"], ["child cancelled"])
