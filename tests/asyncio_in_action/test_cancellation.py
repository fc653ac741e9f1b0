import asyncio

from examples.asyncio_in_action.cancellation import swallower, well_behaved


def test_a_well_behaved_task_ends_cancelled():
    async def scenario() -> tuple[bool, list[str]]:
        log: list[str] = []
        task = asyncio.create_task(well_behaved(log))
        await asyncio.sleep(0)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return task.cancelled(), log

    assert asyncio.run(scenario()) == (True, ["well_behaved: cleaned up, re-raising"])


def test_a_swallowing_task_is_not_cancelled_and_a_timeout_around_it_never_fires():
    async def scenario() -> tuple[bool, str, bool, bool]:
        log: list[str] = []
        task = asyncio.create_task(swallower(log))
        await asyncio.sleep(0)
        task.cancel()
        result = await task  # no CancelledError: it was swallowed
        raised = False
        try:
            async with asyncio.timeout(0.01) as scope:
                await swallower(log)
        except TimeoutError:
            raised = True
        return task.cancelled(), result, raised, scope.expired()

    cancelled, result, raised, expired = asyncio.run(scenario())
    assert (cancelled, result) == (False, "swallower finished anyway")
    assert raised is False  # the deadline passed...
    assert expired is True  # ...and nobody heard
