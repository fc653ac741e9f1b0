"""create_task() schedules a coroutine on the event loop; it starts only when the
running code suspends, and ready tasks start in the order they were created.
"""

import asyncio


async def worker(name: str, log: list[str]) -> str:
    log.append(f"{name} starts")
    await asyncio.sleep(0)  # yield to the loop once
    log.append(f"{name} ends")
    return f"{name} done"


async def start_three() -> None:
    log: list[str] = []
    tasks = [asyncio.create_task(worker(f"task-{n}", log), name=f"task-{n}")
             for n in range(3)]
    log.append("main created three tasks")  # none has started yet
    results = [await task for task in tasks]
    for line in log:
        print(line)
    print(results)


def main() -> None:
    asyncio.run(start_three())


if __name__ == "__main__":
    main()
