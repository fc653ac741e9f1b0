"""What await does, step by step: the coroutine pauses, the loop runs whatever is
ready, and the awaited future's result is sent back into the coroutine, which
continues from that line.
"""

import asyncio

log: list[str] = []


async def child() -> str:
    log.append("child: runs while parent is suspended")
    await asyncio.sleep(0)
    log.append("child: returns")
    return "child's result"


async def bystander() -> None:
    log.append("bystander: runs too: any ready task may run")


async def parent() -> None:
    loop = asyncio.get_running_loop()
    future = loop.create_future()  # a bare asyncio.Future: a value to exist later
    loop.call_later(0.05, future.set_result, "future's value")
    log.append("parent: creates the child and bystander tasks")
    task = asyncio.create_task(child())
    other = asyncio.create_task(bystander())
    log.append("parent: awaits the child task")
    log.append(f"parent: resumed with {await task!r}")
    log.append(f"parent: resumed with {await future!r}")
    await other


def main() -> None:
    asyncio.run(parent())
    for line in log:
        print(line)


if __name__ == "__main__":
    main()
