"""Task.cancel() raises CancelledError inside the task at its current await. Clean
up and re-raise it: a task that swallows it breaks cancel(), timeouts, TaskGroups.
"""

import asyncio


async def well_behaved(log: list[str]) -> None:
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append("well_behaved: cleaned up, re-raising")
        raise


async def swallower(log: list[str]) -> str:
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:  # the bug: catching it and carrying on
        log.append("swallower: ignored the cancellation")
    await asyncio.sleep(0.05)  # keeps running after it was told to stop
    return "swallower finished anyway"


async def cancel_both() -> None:
    log: list[str] = []
    good = asyncio.create_task(well_behaved(log))
    bad = asyncio.create_task(swallower(log))
    await asyncio.sleep(0)  # let both reach their sleep
    good.cancel()
    bad.cancel()
    results = await asyncio.gather(good, bad, return_exceptions=True)
    for line in log:
        print(line)
    print(f"well_behaved: cancelled={good.cancelled()}, "
          f"result={type(results[0]).__name__}")
    print(f"swallower: cancelled={bad.cancelled()}, result={results[1]!r}")

    try:
        async with asyncio.timeout(0.1):
            outcome = await swallower(log)
        print(f"timeout(0.1) around swallower raised nothing; got {outcome!r} "
              "after the deadline")
    except TimeoutError:
        print("timeout raised TimeoutError")


def main() -> None:
    asyncio.run(cancel_both())


if __name__ == "__main__":
    main()
