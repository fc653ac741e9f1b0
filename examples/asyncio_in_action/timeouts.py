"""asyncio.timeout() (3.11+) bounds everything inside its block; on expiry the work
is cancelled and the block raises TimeoutError. reschedule() moves the deadline.
"""

import asyncio


async def slow_operation(log: list[str]) -> str:
    try:
        await asyncio.sleep(10)
        return "finished"
    except asyncio.CancelledError:
        log.append("slow_operation was cancelled")
        raise


async def bounded() -> None:
    log: list[str] = []
    try:
        async with asyncio.timeout(0.1):
            await slow_operation(log)
    except TimeoutError:
        print(f"timeout(0.1) raised TimeoutError; {log}")

    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as deadline:  # no deadline yet
        deadline.reschedule(loop.time() + 1.0)  # decided later, inside the block
        await asyncio.sleep(0.05)
    print(f"finished before the rescheduled deadline: expired={deadline.expired()}")

    try:
        print(await asyncio.wait_for(slow_operation(log), timeout=0.1))
    except TimeoutError:
        print("wait_for(timeout=0.1) raised TimeoutError too")


def main() -> None:
    asyncio.run(bounded())


if __name__ == "__main__":
    main()
