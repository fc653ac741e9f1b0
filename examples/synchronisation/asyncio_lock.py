"""Tasks switch only at an await, so a read-modify-write with an await in the middle
loses updates; asyncio.Lock makes the whole section one task's at a time."""

import asyncio

TASKS = 100


async def add_one(state: dict[str, int], lock: asyncio.Lock | None) -> None:
    async def section() -> None:
        value = state["count"]
        await asyncio.sleep(0)  # e.g. a database round trip: other tasks run here
        state["count"] = value + 1

    if lock is None:
        await section()
    else:
        async with lock:
            await section()


async def count(lock: asyncio.Lock | None) -> int:
    state = {"count": 0}
    async with asyncio.TaskGroup() as group:
        for _ in range(TASKS):
            group.create_task(add_one(state, lock))
    return state["count"]


async def run() -> None:
    print(f"{TASKS} tasks add one, no lock:     count = {await count(None)}")
    print(
        f"{TASKS} tasks add one, asyncio.Lock: "
        f"count = {await count(asyncio.Lock())}"
    )


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
