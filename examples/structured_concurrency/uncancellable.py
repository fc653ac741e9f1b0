"""What cancellation cannot stop: a blocking call on the loop's own thread (the
timeout cannot even fire until it returns) and a job a process pool has already
started (its future refuses cancel(); the worker computes on). Only a job still
waiting in the pool's queue can be cancelled.
"""

import asyncio
import time
from concurrent.futures import ProcessPoolExecutor

BLOCK = 0.3  # seconds a blocking call holds the loop's thread
LIMIT = 0.05  # the timeout around it


def crunch(seconds: float) -> str:
    time.sleep(seconds)  # stands for a long computation in the worker process
    return "computed to the end"


async def blocking_call_in_a_coroutine() -> None:
    started = time.perf_counter()
    try:
        async with asyncio.timeout(LIMIT) as scope:
            time.sleep(BLOCK)  # holds the thread: the loop cannot fire the timer
        outcome = f"no TimeoutError (expired: {scope.expired()})"
    except TimeoutError:
        outcome = "TimeoutError"
    held = time.perf_counter() - started >= BLOCK
    print(f"C call on the loop's thread under timeout({LIMIT}): {outcome}; "
          f"it ran its full {BLOCK} s: {held}")


async def running_pool_job(pool: ProcessPoolExecutor) -> None:
    # One worker, four jobs. The pool moves up to max_workers + 1 jobs ahead into
    # its call queue, where they count as running too: only the fourth surely waits.
    jobs = [pool.submit(crunch, 1.0)] + [pool.submit(crunch, 0) for _ in range(3)]
    first, last = jobs[0], jobs[-1]
    while not (first.running() or first.done()):
        await asyncio.sleep(0.01)
    refused, accepted = first.cancel(), last.cancel()
    for job in jobs[1:-1]:
        job.cancel()  # succeeds or not, depending on how far the pool has got
    print(f"pool job already running: cancel() -> {refused}; "
          f"job fourth in line: cancel() -> {accepted}")
    try:
        async with asyncio.timeout(LIMIT):
            await asyncio.wrap_future(first)
    except TimeoutError:
        print(f"timeout({LIMIT}) around the running job: TimeoutError, "
              f"and the job is still running: {first.running()}")
    result = await asyncio.wrap_future(first)  # awaited again, without a limit
    print(f"the abandoned job's result arrives anyway: {result!r}")


def main() -> None:
    asyncio.run(blocking_call_in_a_coroutine())
    # Created outside the event loop: the with-block's exit waits for the worker.
    with ProcessPoolExecutor(max_workers=1) as pool:
        asyncio.run(running_pool_job(pool))


if __name__ == "__main__":
    main()
