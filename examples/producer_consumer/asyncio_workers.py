"""The same pipeline in asyncio: a bounded asyncio.Queue, N worker tasks, join() to
wait for the work, then cancel the idle workers."""

import asyncio

WORKERS = 3
MAXSIZE = 2
ITEMS = 9


async def worker(
    name: str,
    jobs: asyncio.Queue[int],
    results: dict[int, str],
    gauge: dict[str, int],
) -> None:
    while True:  # runs until cancelled
        item = await jobs.get()
        gauge["peak_backlog"] = max(gauge["peak_backlog"], jobs.qsize())
        await asyncio.sleep(0.01)  # stands in for an HTTP call
        results[item] = name
        jobs.task_done()


async def run() -> None:
    jobs: asyncio.Queue[int] = asyncio.Queue(maxsize=MAXSIZE)
    results: dict[int, str] = {}
    gauge = {"peak_backlog": 0}
    workers = [
        asyncio.create_task(worker(f"worker-{n}", jobs, results, gauge))
        for n in range(WORKERS)
    ]
    for item in range(ITEMS):
        await jobs.put(item)  # waits while MAXSIZE items are already queued
        gauge["peak_backlog"] = max(gauge["peak_backlog"], jobs.qsize())
    await jobs.join()
    for task in workers:
        task.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print(
        f"{len(results)} items handled by {len(set(results.values()))} workers; "
        f"largest backlog {gauge['peak_backlog']} (maxsize={MAXSIZE})"
    )


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
