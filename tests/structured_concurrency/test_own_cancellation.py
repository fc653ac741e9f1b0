import asyncio

import pytest

from examples.structured_concurrency.own_cancellation import (
    give_up_after,
    give_up_naively,
    outer_deadline,
)


@pytest.mark.timeout(10)
def test_a_scope_may_suppress_its_own_cancellation_and_leave_no_trace():
    async def scenario() -> tuple[str | None, int]:
        result = await give_up_after(0.01, asyncio.sleep(30, "slept"))
        return result, asyncio.current_task().cancelling()

    assert asyncio.run(scenario()) == (None, 0)


@pytest.mark.timeout(10)
def test_a_scope_that_did_not_fire_passes_an_outer_cancellation_on():
    async def scenario() -> str:
        return await outer_deadline(give_up_after)

    assert asyncio.run(scenario()) == "outer TimeoutError raised"


@pytest.mark.timeout(10)
def test_a_scope_that_swallows_every_cancellation_loses_the_outer_deadline():
    async def scenario() -> str:
        return await outer_deadline(give_up_naively)

    assert asyncio.run(scenario()).startswith("outer deadline lost")


@pytest.mark.timeout(10)
def test_the_scope_returns_the_result_when_the_work_is_in_time():
    assert asyncio.run(give_up_after(10, asyncio.sleep(0, "in time"))) == "in time"
