import asyncio

import pytest

from examples.producer_consumer.asyncio_workers import worker


@pytest.mark.timeout(20)
@pytest.mark.parametrize(("workers", "maxsize"), [(1, 1), (4, 3)])
def test_backlog_never_exceeds_maxsize_and_join_waits_for_all(workers, maxsize):
    async def scenario() -> tuple[dict[int, str], dict[str, int], list[bool]]:
        jobs: asyncio.Queue[int] = asyncio.Queue(maxsize=maxsize)
        results: dict[int, str] = {}
        gauge = {"peak_backlog": 0}
        tasks = [asyncio.create_task(worker(f"w{n}", jobs, results, gauge))
                 for n in range(workers)]
        for item in range(20):
            await jobs.put(item)
            assert jobs.qsize() <= maxsize
        await jobs.join()
        complete = len(results) == 20
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        return results, gauge, [complete] + [task.cancelled() for task in tasks]

    results, gauge, flags = asyncio.run(scenario())
    assert sorted(results) == list(range(20))
    assert gauge["peak_backlog"] <= maxsize
    assert all(flags)  # join() returned only when all 20 were done
