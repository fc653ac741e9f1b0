import asyncio

import pytest

from examples.synchronisation.asyncio_semaphore import fetch


@pytest.mark.timeout(20)
@pytest.mark.parametrize("limit", [1, 4])
def test_asyncio_semaphore_never_lets_more_than_its_value_in(limit):
    async def scenario() -> dict[str, int]:
        slots, start = asyncio.Semaphore(limit), asyncio.Event()
        gauge = {"inside": 0, "peak": 0}
        async with asyncio.TaskGroup() as group:
            for _ in range(20):
                group.create_task(fetch(slots, gauge, start))
            start.set()
        return gauge

    gauge = asyncio.run(scenario())
    assert gauge["peak"] == limit  # 20 tasks all waiting: the cap is reached, not passed
    assert gauge["inside"] == 0


@pytest.mark.timeout(20)
def test_tasks_wait_for_the_event_before_entering():
    async def scenario() -> int:
        slots, start = asyncio.Semaphore(2), asyncio.Event()
        gauge = {"inside": 0, "peak": 0}
        tasks = [asyncio.create_task(fetch(slots, gauge, start)) for _ in range(3)]
        await asyncio.sleep(0.05)
        before = gauge["peak"]
        start.set()
        await asyncio.gather(*tasks)
        return before

    assert asyncio.run(scenario()) == 0


def test_asyncio_primitives_take_no_timeout_argument():
    import inspect

    waits = [asyncio.Lock().acquire, asyncio.Event().wait, asyncio.Semaphore().acquire,
             asyncio.Condition().wait, asyncio.Condition().wait_for, asyncio.Barrier(1).wait]
    assert all("timeout" not in inspect.signature(wait).parameters for wait in waits)
