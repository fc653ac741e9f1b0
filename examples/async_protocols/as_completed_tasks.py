"""Python 3.13+: `async for` over asyncio.as_completed() yields the original tasks
as they finish, so each result can be matched to the task that made it."""

import asyncio
import sys


async def download(delay: float) -> float:
    await asyncio.sleep(delay)
    return delay


async def run() -> None:
    tasks = {
        asyncio.create_task(download(delay), name=name)
        for name, delay in (("big", 0.3), ("small", 0.1), ("medium", 0.2))
    }
    async for task in asyncio.as_completed(tasks, timeout=10):
        print(
            f"{task.get_name():<6} finished; one of ours: {task in tasks}; "
            f"result {task.result()}"
        )


def main() -> None:
    if sys.version_info < (3, 13):
        sys.exit("this example needs Python 3.13+ (async for over as_completed)")
    asyncio.run(run())


if __name__ == "__main__":
    main()
