"""Graceful shutdown as a scope: on a stop request, workers finish the job in hand
and take no new one, and an idle worker is woken so it can stop too; a worker still
busy when the grace period ends is cancelled; the TaskGroup returns when every
worker is gone.
"""

import asyncio
import time

GRACE = 0.2  # seconds a worker may take to finish its job after the stop request
STOP_AFTER = 2  # jobs done before the stop request (stands for Ctrl-C or SIGTERM)
JOBS = [("stuck", 30.0), ("quick-1", 0.01), ("quick-2", 0.01), ("quick-3", 0.01),
        ("quick-4", 0.01)]

Job = tuple[str, float] | None  # None: "no more jobs", one per worker, at the stop


async def worker(name: str, jobs: asyncio.Queue[Job], stop: asyncio.Event,
                 log: list[str], stop_after: int) -> None:
    while not stop.is_set():  # checked between jobs: a job in hand is finished
        try:
            job = await jobs.get()  # an idle worker waits here...
        except asyncio.CancelledError:
            log.append(f"{name}: cancelled while idle")
            raise
        if job is None:  # ...until the stop request puts a None in the queue
            break
        title, seconds = job
        try:
            await asyncio.sleep(seconds)  # the work
        except asyncio.CancelledError:
            log.append(f"{name}: cancelled during {title} (grace period over)")
            raise
        log.append(f"{name}: finished {title}")
        if sum("finished" in line for line in log) == stop_after:
            # In a service: loop.add_signal_handler(signal.SIGTERM, stop.set)
            stop.set()
    log.append(f"{name}: stopped")


async def serve(log: list[str], jobs_to_do: list[tuple[str, float]] = JOBS,
                workers: int = 2, stop_after: int = STOP_AFTER) -> int:
    """Run the workers until the stop request and the grace period; return the
    number of jobs that never started."""
    jobs: asyncio.Queue[Job] = asyncio.Queue()
    for job in jobs_to_do:
        jobs.put_nowait(job)
    stop = asyncio.Event()
    try:
        async with asyncio.timeout(None) as deadline, asyncio.TaskGroup() as group:
            for number in range(workers):
                name = f"worker-{number}"
                group.create_task(worker(name, jobs, stop, log, stop_after))
            await stop.wait()
            not_started = jobs.qsize()
            log.append(f"stop requested: {not_started} jobs not started")
            for _ in range(workers):
                jobs.put_nowait(None)  # wakes idle workers; busy ones check stop
            deadline.reschedule(asyncio.get_running_loop().time() + GRACE)
            # Leaving the TaskGroup block waits for the workers, at most until the
            # deadline.
    except TimeoutError:
        log.append("grace period over: the TaskGroup cancelled the rest and waited")
    return not_started


def main() -> None:
    log: list[str] = []
    start = time.perf_counter()
    not_started = asyncio.run(serve(log))
    print("\n".join(log))
    print(f"done in {time.perf_counter() - start:.1f} s; "
          f"jobs never started: {not_started}")


if __name__ == "__main__":
    main()
