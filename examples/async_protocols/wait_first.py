"""asyncio.wait() returns (done, pending) at the first completion or first
exception; the pending tasks keep running until you cancel them."""

import asyncio


async def job(name: str, delay: float, fail: bool = False) -> str:
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(f"{name} lost its connection")
    return name


async def race(when: str, jobs: list[tuple[str, float, bool]]) -> None:
    tasks = {asyncio.create_task(job(*spec), name=spec[0]) for spec in jobs}
    done, pending = await asyncio.wait(tasks, return_when=when)
    outcomes = sorted(
        f"{task.get_name()}: "
        + (repr(task.exception()) if task.exception() else task.result())
        for task in done
    )
    print(f"{when}: done={outcomes}")
    print(f"  still running: {sorted(task.get_name() for task in pending)}")
    for task in pending:
        task.cancel()  # asyncio.wait never cancels: that is our job
    await asyncio.wait(pending)
    print(f"  after cancel(): all cancelled={all(t.cancelled() for t in pending)}")


async def run() -> None:
    await race(
        asyncio.FIRST_COMPLETED,
        [("fast", 0.01, False), ("slow", 5, False), ("slower", 10, False)],
    )
    await race(
        asyncio.FIRST_EXCEPTION,
        [("ok", 0.01, False), ("broken", 0.1, True), ("slow", 5, False)],
    )


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
