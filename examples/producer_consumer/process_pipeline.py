"""The pipeline across processes: a bounded multiprocessing.Queue feeds worker
processes, one sentinel each; results come back on a second queue."""

import multiprocessing
import os

WORKERS = 2
ITEMS = 8


def square(
    jobs: "multiprocessing.Queue[int | None]",
    results: "multiprocessing.Queue[tuple[int, int, int]]",
) -> None:
    while (item := jobs.get()) is not None:
        results.put((item, item * item, os.getpid()))


def main() -> None:
    jobs: multiprocessing.Queue[int | None] = multiprocessing.Queue(maxsize=4)
    results: multiprocessing.Queue[tuple[int, int, int]] = multiprocessing.Queue()
    workers = [
        multiprocessing.Process(target=square, args=(jobs, results))
        for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for item in range(ITEMS):
        jobs.put(item)  # blocks while 4 items wait: the workers set the pace
    for _ in workers:
        jobs.put(None)
    # Read every result before join(): a process that still has data in a queue's
    # buffer does not exit until that data has been read.
    collected = sorted(results.get(timeout=30) for _ in range(ITEMS))
    for worker in workers:
        worker.join()
    print(f"squares: {[square for _, square, _ in collected]}")
    pids = {pid for _, _, pid in collected}
    print(
        f"computed outside this process: {os.getpid() not in pids}; "
        f"exit codes: {[worker.exitcode for worker in workers]}"
    )


if __name__ == "__main__":
    main()
