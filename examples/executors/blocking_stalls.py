"""A blocking call inside a coroutine stalls every other task; the same call moved
to a thread with asyncio.to_thread() or loop.run_in_executor() does not. A ticker
measures the stall.
"""

import asyncio
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor

TICK = 0.01  # the ticker wants to run every 10 ms
BLOCK = 0.3  # the blocking call takes 300 ms


async def ticker(stop: asyncio.Event, gaps: list[float]) -> None:
    last = time.perf_counter()
    while not stop.is_set():
        await asyncio.sleep(TICK)
        now = time.perf_counter()
        gaps.append(now - last)
        last = now


async def longest_gap(blocking_call: Callable[[], Awaitable[None]]) -> float:
    """Run the ticker alongside one blocking call; return the longest time between
    two ticks."""
    gaps: list[float] = []
    stop = asyncio.Event()
    async with asyncio.TaskGroup() as group:
        group.create_task(ticker(stop, gaps))
        await asyncio.sleep(0.05)  # let the ticker get going
        await blocking_call()
        await asyncio.sleep(0.05)
        stop.set()
    return max(gaps)


async def compare() -> dict[str, float]:
    loop = asyncio.get_running_loop()

    async def inline() -> None:
        time.sleep(BLOCK)  # the mistake: blocks the thread the loop runs in

    async def in_to_thread() -> None:
        await asyncio.to_thread(time.sleep, BLOCK)

    async def in_executor() -> None:
        with ThreadPoolExecutor(max_workers=1) as pool:
            await loop.run_in_executor(pool, time.sleep, BLOCK)

    calls = {
        "time.sleep() in a coroutine": inline,
        "asyncio.to_thread(time.sleep, ...)": in_to_thread,
        "loop.run_in_executor(pool, time.sleep, ...)": in_executor,
    }
    return {label: await longest_gap(call) for label, call in calls.items()}


def main() -> None:
    for label, gap in asyncio.run(compare()).items():
        print(f"{label:<45} longest gap between 10 ms ticks: {gap:.3f} s")


if __name__ == "__main__":
    main()
