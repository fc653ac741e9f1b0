"""When one of several tasks fails: gather() raises the first error and leaves the
others running; a TaskGroup cancels the others and raises an ExceptionGroup, handled
with except*.
"""

import asyncio


async def fail_soon(message: str) -> None:
    await asyncio.sleep(0)  # yield once: tasks started together fail in one pass
    raise ValueError(message)


async def long_job(name: str, log: list[str]) -> str:
    try:
        await asyncio.sleep(1)
        log.append(f"{name} finished")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def with_gather() -> None:
    log: list[str] = []
    sibling = asyncio.create_task(long_job("gather-sibling", log))
    try:
        await asyncio.gather(fail_soon("boom"), sibling)
    except ValueError as error:
        running = not sibling.done()
        print(f"gather raised {error!r}; sibling still running: {running}")
    sibling.cancel()  # with gather, stopping the others is your job
    await asyncio.gather(sibling, return_exceptions=True)
    print(f"gather log: {log}")

    results = await asyncio.gather(fail_soon("kept"), asyncio.sleep(0, "ok"),
                                   return_exceptions=True)
    print(f"gather(return_exceptions=True) -> {results!r}")


async def with_task_group() -> None:
    log: list[str] = []
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(long_job("group-sibling", log))
            group.create_task(fail_soon("boom"))
            group.create_task(fail_soon("bang"))
    except* ValueError as errors:
        messages = sorted(str(error) for error in errors.exceptions)
        kind = type(errors).__name__
        print(f"TaskGroup raised {kind} with ValueErrors {messages}")
    print(f"TaskGroup log: {log}")


def main() -> None:
    asyncio.run(with_gather())
    asyncio.run(with_task_group())


if __name__ == "__main__":
    main()
