"""TaskGroup as a scope: when one child fails, its siblings are cancelled and
awaited before the block exits, and the failure is raised. gather() and a forgotten
create_task() do neither."""

import asyncio


async def fail_when(started: asyncio.Event) -> None:
    await started.wait()
    raise ValueError("boom")


async def sibling(log: list[str], started: asyncio.Event) -> None:
    started.set()
    try:
        await asyncio.sleep(30)  # long work; it never finishes in this program
    finally:
        log.append("sibling cleaned up")  # runs when the sibling is cancelled


def others() -> set[asyncio.Task]:
    return asyncio.all_tasks() - {asyncio.current_task()}


async def cancel_all(tasks: set[asyncio.Task]) -> None:
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)


async def with_gather() -> str:
    log: list[str] = []
    started = asyncio.Event()
    try:
        await asyncio.gather(sibling(log, started), fail_when(started))
    except ValueError as error:
        raised = repr(error)
    running = others()  # gather raised, but it did not stop the sibling
    report = (f"gather:    raised {raised}; tasks still running: {len(running)}, "
              f"log {log}")
    await cancel_all(running)  # somebody has to clean up the orphan
    return report


async def with_task_group() -> str:
    log: list[str] = []
    started = asyncio.Event()
    try:
        async with asyncio.TaskGroup() as group:
            group.create_task(sibling(log, started))
            group.create_task(fail_when(started))
    except* ValueError as errors:
        inside = ", ".join(repr(error) for error in errors.exceptions)
        raised = f"ExceptionGroup[{inside}]"
    return (f"TaskGroup: raised {raised}; tasks still running: {len(others())}, "
            f"log {log}")


async def forgotten() -> asyncio.Task:
    started = asyncio.Event()
    started.set()
    task = asyncio.create_task(fail_when(started))  # nobody awaits it
    await asyncio.sleep(0.01)
    return task


def main() -> None:
    print(asyncio.run(with_gather()))
    print(asyncio.run(with_task_group()))
    task = asyncio.run(forgotten())  # returns normally: nothing was raised
    print(f"create_task without await: asyncio.run() returned normally; "
          f"the task's {task.exception()!r} was never raised")


if __name__ == "__main__":
    main()
