import asyncio

from examples.asyncio_basics.tasks import worker


def test_a_created_task_has_not_started_before_the_creator_awaits():
    async def scenario() -> list[str]:
        log: list[str] = []
        task = asyncio.create_task(worker("w", log))
        before = list(log)
        await task
        return [*before, "|", *log]

    assert asyncio.run(scenario()) == ["|", "w starts", "w ends"]


def test_ready_tasks_start_in_the_order_they_were_created():
    async def scenario() -> list[str]:
        log: list[str] = []
        tasks = [asyncio.create_task(worker(f"t{n}", log)) for n in range(5)]
        await asyncio.gather(*tasks)
        return [line for line in log if line.endswith("starts")]

    assert asyncio.run(scenario()) == [f"t{n} starts" for n in range(5)]
