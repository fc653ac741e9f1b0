"""Python 3.15+: TaskGroup.cancel() stops every task in the group and leaves the
async with block quietly - no CancelledError escapes - once one task has the answer.
"""

import asyncio
import sys


async def search(group: asyncio.TaskGroup, name: str, delay: float,
                 log: list[str]) -> None:
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} found it")
        group.cancel()  # we have the answer: stop the others
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def first_answer() -> None:
    log: list[str] = []
    async with asyncio.TaskGroup() as group:
        group.create_task(search(group, "fast", 0.01, log))
        group.create_task(search(group, "slow", 5, log))
        group.create_task(search(group, "slower", 10, log))
    print(f"left the group without an exception: {log}")


def main() -> None:
    if sys.version_info < (3, 15):
        sys.exit("this example needs Python 3.15 or later (TaskGroup.cancel())")
    asyncio.run(first_answer())


if __name__ == "__main__":
    main()
