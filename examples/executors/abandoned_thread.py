"""A timeout around asyncio.to_thread() abandons the thread, it does not stop it:
the function runs to its end and asyncio.run() waits for it. A threading.Event that
the function checks between steps is what stops it early.
"""

import asyncio
import threading
import time

JOB = 1.0  # seconds of blocking work the function wants to do
LIMIT = 0.1  # seconds the caller is willing to wait for it


def blocking_job(seconds: float, finished: threading.Event) -> None:
    time.sleep(seconds)  # stands for any blocking call: a driver, a C library
    finished.set()


def stoppable_job(seconds: float, stop: threading.Event,
                  finished: threading.Event) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if stop.wait(0.01):  # one step of the work, then a look at the stop request
            return
    finished.set()


async def abandon(finished: threading.Event) -> None:
    try:
        async with asyncio.timeout(LIMIT):
            await asyncio.to_thread(blocking_job, JOB, finished)
    except TimeoutError:
        print(f"abandoned: TimeoutError after {LIMIT} s; "
              f"the job has finished: {finished.is_set()}")


async def stop_cooperatively(finished: threading.Event) -> None:
    stop = threading.Event()
    try:
        async with asyncio.timeout(LIMIT):
            await asyncio.to_thread(stoppable_job, JOB, stop, finished)
    except TimeoutError:
        print(f"cooperative: TimeoutError after {LIMIT} s")
    finally:
        stop.set()  # however the wait ended - timeout, cancel, error - stop the job


def main() -> None:
    finished = threading.Event()
    started = time.perf_counter()
    asyncio.run(abandon(finished))  # on leaving, it waits for the default executor
    elapsed = time.perf_counter() - started
    print(f"abandoned: asyncio.run() returned after the job finished: "
          f"{finished.is_set()}, having waited the job's {JOB} s: {elapsed >= JOB}")

    finished = threading.Event()
    started = time.perf_counter()
    asyncio.run(stop_cooperatively(finished))
    elapsed = time.perf_counter() - started
    print(f"cooperative: asyncio.run() returned with the job stopped early: "
          f"{not finished.is_set()}, before the job's {JOB} s: {elapsed < JOB}")


if __name__ == "__main__":
    main()
