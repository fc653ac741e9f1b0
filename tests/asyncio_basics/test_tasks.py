import asyncio

from examples.asyncio_basics.tasks import worker


def test_ready_tasks_start_in_the_order_they_were_created():
    async def scenario() -> list[str]:
        log: list[str] = []
        tasks = [asyncio.create_task(worker(f"t{n}", log)) for n in range(5)]
        await asyncio.gather(*tasks)
        return [line for line in log if line.endswith("starts")]

    assert asyncio.run(scenario()) == [f"t{n} starts" for n in range(5)]
