"""asyncio.Semaphore caps how many tasks run a section at once, as threading's does
for threads; an asyncio.Event releases every waiting task together."""

import asyncio

LIMIT = 2
TASKS = 6


async def fetch(
    slots: asyncio.Semaphore, gauge: dict[str, int], start: asyncio.Event
) -> None:
    await start.wait()
    async with slots:  # at most LIMIT tasks get past this line at a time
        # No await between reading and writing gauge: no other task can run in
        # between, so these two lines need no lock (one event loop, one thread).
        gauge["inside"] += 1
        gauge["peak"] = max(gauge["peak"], gauge["inside"])
        await asyncio.sleep(0.02)  # stands in for a network call
        gauge["inside"] -= 1


async def run() -> None:
    slots, start = asyncio.Semaphore(LIMIT), asyncio.Event()
    gauge = {"inside": 0, "peak": 0}
    async with asyncio.TaskGroup() as group:
        for _ in range(TASKS):
            group.create_task(fetch(slots, gauge, start))
        start.set()  # all TASKS are waiting on it; they start together
    print(
        f"{TASKS} tasks, asyncio.Semaphore({LIMIT}): "
        f"at most {gauge['peak']} at once"
    )


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
