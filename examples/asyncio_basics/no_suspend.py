"""await gives the loop a turn only if something actually suspends: awaiting a
coroutine that returns without suspending, or a future that is already done, runs
straight on, and a task created before it has still not started.
"""

import asyncio


async def child(log: list[str]) -> None:
    log.append("child task runs")


async def no_suspend() -> int:
    return 1  # an async def whose body never reaches an await that waits


async def parent() -> None:
    log: list[str] = []
    task = asyncio.create_task(child(log))
    await no_suspend()
    await no_suspend()
    log.append("after two awaits of a coroutine that does not suspend")
    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    await done  # the value is there already: no suspension either
    log.append("after awaiting a future that was already done")
    await asyncio.sleep(0)  # a real suspension: now the loop runs the ready task
    log.append("after await asyncio.sleep(0)")
    await task
    for line in log:
        print(line)


def main() -> None:
    asyncio.run(parent())


if __name__ == "__main__":
    main()
