"""Crossing between threads and the event loop: call_soon_threadsafe() to complete
an asyncio.Future from a thread, wrap_future() to await a concurrent future, and
run_coroutine_threadsafe() to run a coroutine on the loop from another thread.
"""

import asyncio
import concurrent.futures
import threading


def thread_sets_result(loop: asyncio.AbstractEventLoop,
                       future: asyncio.Future) -> None:
    # future.set_result() here would touch the loop from the wrong thread: hand the
    # call to the loop instead.
    value = f"set from {threading.current_thread().name}"
    loop.call_soon_threadsafe(future.set_result, value)


async def double(number: int) -> int:
    await asyncio.sleep(0)
    return 2 * number


def thread_calls_coroutine(loop: asyncio.AbstractEventLoop,
                           results: list[int]) -> None:
    # A concurrent.futures.Future, which this thread may block on:
    future = asyncio.run_coroutine_threadsafe(double(21), loop)
    results.append(future.result(timeout=10))  # blocks this thread, not the loop


async def bridge() -> None:
    loop = asyncio.get_running_loop()

    future = loop.create_future()
    worker = threading.Thread(target=thread_sets_result, args=(loop, future),
                              name="worker")
    worker.start()
    print(f"call_soon_threadsafe: {await asyncio.wait_for(future, timeout=10)!r}")
    worker.join()

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        threaded = pool.submit(sum, [1, 2, 3])
        print(f"wrap_future: {await asyncio.wrap_future(threaded)}")

    results: list[int] = []
    caller = threading.Thread(target=thread_calls_coroutine, args=(loop, results))
    caller.start()
    # Wait without blocking the loop, which has to run double() meanwhile.
    await asyncio.to_thread(caller.join, 10)
    print(f"run_coroutine_threadsafe: {results}")


def main() -> None:
    asyncio.run(bridge())


if __name__ == "__main__":
    main()
