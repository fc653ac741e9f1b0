import asyncio
import random

import pytest

from examples.async_protocols.as_completed import download


@pytest.mark.timeout(20)
def test_results_arrive_in_finishing_order_whatever_the_start_order():
    delays = [0.05 * n for n in range(1, 7)]
    random.Random(3).shuffle(delays)

    async def scenario() -> list[float]:
        jobs = [download(str(delay), delay) for delay in delays]
        return [float(await next_done) for next_done in asyncio.as_completed(jobs)]

    assert asyncio.run(scenario()) == sorted(delays)


@pytest.mark.timeout(20)
def test_plain_iteration_yields_new_awaitables_not_the_tasks():
    async def scenario() -> list[bool]:
        tasks = [asyncio.create_task(asyncio.sleep(d)) for d in (0.02, 0.01)]
        seen = []
        for next_done in asyncio.as_completed(tasks):
            seen.append(next_done in tasks)
            await next_done
        return seen

    assert asyncio.run(scenario()) == [False, False]
