import asyncio

import pytest

from examples.asyncio_in_action.gather_vs_taskgroup import fail_soon, long_job


@pytest.mark.timeout(10)
def test_gather_raises_the_first_error_and_leaves_the_sibling_running():
    async def scenario() -> tuple[bool, list[str]]:
        log: list[str] = []
        sibling = asyncio.create_task(long_job("sibling", log))
        with pytest.raises(ValueError, match="boom"):
            await asyncio.gather(fail_soon("boom"), sibling)
        running = not sibling.done()
        sibling.cancel()
        await asyncio.gather(sibling, return_exceptions=True)
        return running, log

    assert asyncio.run(scenario()) == (True, ["sibling cancelled"])


@pytest.mark.timeout(10)
def test_return_exceptions_gives_every_outcome_in_order():
    async def scenario() -> list[object]:
        return await asyncio.gather(fail_soon("kept"), asyncio.sleep(0, "ok"),
                                    return_exceptions=True)

    first, second = asyncio.run(scenario())
    assert isinstance(first, ValueError)
    assert second == "ok"


@pytest.mark.timeout(10)
def test_task_group_cancels_the_sibling_and_raises_every_failure():
    async def scenario() -> tuple[list[str], list[str]]:
        log: list[str] = []
        messages: list[str] = []
        try:
            async with asyncio.TaskGroup() as group:
                group.create_task(long_job("sibling", log))
                group.create_task(fail_soon("boom"))
                group.create_task(fail_soon("bang"))
        except* ValueError as errors:
            messages = sorted(str(e) for e in errors.exceptions)
        return messages, log

    assert asyncio.run(scenario()) == (["bang", "boom"], ["sibling cancelled"])
