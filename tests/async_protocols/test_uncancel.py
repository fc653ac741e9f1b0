import asyncio

import pytest


@pytest.mark.timeout(10)
def test_cancelling_counts_requests_and_uncancel_takes_one_back():
    async def scenario() -> list[int]:
        task = asyncio.current_task()
        assert task is not None
        counts = [task.cancelling()]
        task.cancel()
        task.cancel()  # a second request: counted, delivered as one CancelledError
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            counts.append(task.cancelling())
            counts.append(task.uncancel())  # returns the count that is left
            counts.append(task.uncancel())
        await asyncio.sleep(0)  # fully uncancelled: the task keeps running
        return counts

    assert asyncio.run(scenario()) == [0, 2, 1, 0]


@pytest.mark.timeout(10)
def test_a_timeout_entered_after_a_handled_cancel_still_times_out():
    from examples.async_protocols.uncancel import step_with_own_deadline

    async def scenario() -> bool:
        await step_with_own_deadline(forget=False)
        try:
            async with asyncio.timeout(0.01):
                await asyncio.sleep(1)
        except TimeoutError:
            return True
        return False

    assert asyncio.run(scenario())
