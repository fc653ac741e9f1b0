import asyncio

import pytest

from examples.asyncio_in_action.cancellation import swallower


@pytest.mark.timeout(10)
def test_a_timeout_around_a_swallowing_task_expires_but_never_raises():
    async def scenario() -> tuple[bool, bool]:
        raised = False
        try:
            async with asyncio.timeout(0.01) as scope:
                await swallower([])
        except TimeoutError:
            raised = True
        return raised, scope.expired()

    raised, expired = asyncio.run(scenario())
    assert raised is False  # the deadline passed...
    assert expired is True  # ...and nobody heard
