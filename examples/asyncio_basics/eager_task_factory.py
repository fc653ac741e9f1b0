"""Python 3.12+: with asyncio.eager_task_factory, create_task() runs the new task's
coroutine at once, up to its first real suspension, before create_task() returns.
"""

import asyncio
import sys


async def worker(name: str, log: list[str]) -> str:
    log.append(f"{name} starts")
    await asyncio.sleep(0)  # the first suspension: from here on, an ordinary task
    log.append(f"{name} ends")
    return name


async def no_suspend() -> str:
    return "finished without suspending"


async def start_both() -> None:
    log: list[str] = []
    lazy = asyncio.create_task(worker("lazy", log))
    log.append("create_task(lazy) returned")
    await lazy
    print(f"default factory: {log}")

    asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
    log.clear()
    eager = asyncio.create_task(worker("eager", log))
    log.append("create_task(eager) returned")
    await eager
    print(f"eager_task_factory: {log}")
    quick = asyncio.create_task(no_suspend())
    print("a task that never suspends is done when create_task returns: "
          f"{quick.done()}")


def main() -> None:
    if sys.version_info < (3, 12):
        sys.exit("this example needs Python 3.12 or later "
                 "(asyncio.eager_task_factory)")
    asyncio.run(start_both())


if __name__ == "__main__":
    main()
