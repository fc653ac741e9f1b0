"""Graceful shutdown as a scope: on a stop request, workers finish the job in hand and take no
new one; a worker still busy when the grace period ends is cancelled; the TaskGroup returns only
when every worker is gone."""

import asyncio
import time

GRACE = 0.2  # seconds a worker may take to finish its job after the stop request
STOP_AFTER = 2  # jobs done before the stop request (a stand-in for Ctrl-C or SIGTERM)
JOBS = [("stuck", 30.0), ("quick-1", 0.01), ("quick-2", 0.01), ("quick-3", 0.01), ("quick-4", 0.01)]


async def worker(name: str, jobs: asyncio.Queue[tuple[str, float]], stop: asyncio.Event,
                 log: list[str]) -> None:
    while not stop.is_set():  # checked between jobs: a job in hand is finished
        job, seconds = await jobs.get()
        try:
            await asyncio.sleep(seconds)  # the work
        except asyncio.CancelledError:
            log.append(f"{name}: cancelled during {job} (grace period over)")
            raise
        log.append(f"{name}: finished {job}")
        if sum("finished" in line for line in log) == STOP_AFTER:
            stop.set()  # in a service: loop.add_signal_handler(signal.SIGTERM, stop.set)
    log.append(f"{name}: stopped")


async def serve(log: list[str]) -> int:
    """Run two workers until the stop request and the grace period; return jobs left undone."""
    jobs: asyncio.Queue[tuple[str, float]] = asyncio.Queue()
    for job in JOBS:
        jobs.put_nowait(job)
    stop = asyncio.Event()
    try:
        async with asyncio.timeout(None) as deadline, asyncio.TaskGroup() as group:
            for number in range(2):
                group.create_task(worker(f"worker-{number}", jobs, stop, log))
            await stop.wait()
            log.append(f"stop requested: {jobs.qsize()} jobs not started")
            deadline.reschedule(asyncio.get_running_loop().time() + GRACE)
            # Leaving the TaskGroup block waits for the workers -- at most until the deadline.
    except TimeoutError:
        log.append("grace period over: the TaskGroup cancelled the rest and waited for them")
    return jobs.qsize()


def main() -> None:
    log: list[str] = []
    start = time.perf_counter()
    left = asyncio.run(serve(log))
    print("\n".join(log))
    print(f"done in {time.perf_counter() - start:.1f} s; jobs never started: {left}")


if __name__ == "__main__":
    main()
