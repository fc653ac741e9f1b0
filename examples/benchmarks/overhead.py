"""asyncio overheads: a call through run_in_executor or asyncio.to_thread against a direct call,
and the cost of one event-loop task switch against one switch between two threads."""

import asyncio
import concurrent.futures
import queue
import statistics
import threading
import time
from collections.abc import Awaitable, Callable

from examples.benchmarks.measure import cli, median_time
from examples.benchmarks.schema import Overhead


def tiny() -> int:
    """The call being wrapped: almost no work, so what is measured is the wrapping."""
    return 1


async def async_median_time(function: Callable[[], Awaitable[object]], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        await function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


async def calls(count: int) -> dict[str, float]:
    loop = asyncio.get_running_loop()

    async def direct() -> None:
        for _ in range(count):
            tiny()

    async def default_executor() -> None:
        for _ in range(count):
            await loop.run_in_executor(None, tiny)

    async def to_thread() -> None:
        for _ in range(count):
            await asyncio.to_thread(tiny)

    with concurrent.futures.ThreadPoolExecutor(1) as pool:

        async def one_thread_executor() -> None:
            for _ in range(count):
                await loop.run_in_executor(pool, tiny)

        await one_thread_executor()  # warm up both executors
        await default_executor()
        variants = {"direct_call": direct, "run_in_executor": default_executor,
                    "to_thread": to_thread, "run_in_executor_1_thread": one_thread_executor}
        return {name: await async_median_time(variant, 3) / count
                for name, variant in variants.items()}


async def task_switches(count: int) -> float:
    """Seconds per switch: two tasks hand the loop to each other with sleep(0)."""
    async def yielder() -> None:
        for _ in range(count):
            await asyncio.sleep(0)

    async def both() -> None:
        async with asyncio.TaskGroup() as group:
            group.create_task(yielder())
            group.create_task(yielder())

    return await async_median_time(both, 3) / (2 * count)


def thread_switches(count: int) -> float:
    """Seconds per switch: two threads hand a token back and forth through two queues."""
    there: queue.SimpleQueue[int] = queue.SimpleQueue()
    back: queue.SimpleQueue[int] = queue.SimpleQueue()

    def partner() -> None:
        for _ in range(count):
            back.put(there.get())

    def ping_pong() -> None:
        thread = threading.Thread(target=partner)
        thread.start()
        for number in range(count):
            there.put(number)
            back.get()
        thread.join()

    return median_time(ping_pong, 3) / (2 * count)


def measure(quick: bool = True) -> Overhead:
    count = 1_000 if quick else 20_000
    per_call = asyncio.run(calls(count))
    per_call["task_switch"] = asyncio.run(task_switches(count))
    per_call["thread_switch"] = thread_switches(count)
    return {
        "benchmark": "overhead",
        "quick": quick,
        "work": {"operations": count},
        "count": count,
        "repeats": 3,
        "seconds_per_operation": per_call,
        "ratio_to_direct_call": {name: t / per_call["direct_call"] for name, t in per_call.items()},
    }


def summarise(results: dict) -> None:
    print("cost of one operation, relative to a direct call of the same function:")
    for name, ratio in results["ratio_to_direct_call"].items():
        print(f"  {name:<26} {ratio:8.1f}x")


def main() -> None:
    cli(measure, summarise)


if __name__ == "__main__":
    main()
