"""five_sleepers with asyncio.TaskGroup (3.11+): the group holds the tasks, and
leaving the async with block waits for all of them, so there is no list to gather.
"""

import asyncio


def delay_for(counter: int) -> float:
    return 0.1 + 0.2 * (4 - counter)


async def random_sleep(counter: int) -> None:
    delay = delay_for(counter)
    print(f"{counter} sleeps for {delay:.2f} seconds")
    await asyncio.sleep(delay)
    print(f"{counter} awakens")


async def five_sleepers() -> None:
    print("Creating five tasks")
    async with asyncio.TaskGroup() as group:
        for i in range(5):
            group.create_task(random_sleep(i), name=f"sleeper-{i}")
        print("Sleeping after starting five tasks")
        await asyncio.sleep(0.4)
        print("Waking and waiting for five tasks")
    print("The group has exited: every task is done")


def main() -> None:
    asyncio.run(five_sleepers())
    print("Done five tasks")


if __name__ == "__main__":
    main()
