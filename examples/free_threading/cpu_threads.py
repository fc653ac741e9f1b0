"""The §0.3 CPU-bound thread example, run on whichever build runs this file: the
speedup of N threads over one, and the speedup per core."""

import os
import sys
import threading
import time
from collections.abc import Callable

LOOPS = 1_000_000  # pure-Python iterations per job: each thread runs one job


# The next three are thread_problems/gil.py's, repeated so that this file runs on
# its own.
def gil_enabled() -> bool:
    if hasattr(sys, "_is_gil_enabled"):  # Python 3.13+
        return sys._is_gil_enabled()
    return True  # before 3.13 every CPython build has a GIL


def count(loops: int) -> int:
    total = 0
    for number in range(loops):
        total += number
    return total


def measure(job: Callable[[], object], threads: int) -> tuple[float, float]:
    """Run `job` once in each of `threads` threads; return (wall seconds, CPU
    seconds)."""
    workers = [threading.Thread(target=job) for _ in range(threads)]
    wall, cpu = time.perf_counter(), time.process_time()
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return time.perf_counter() - wall, time.process_time() - cpu


def cores() -> int:
    # 3.13+: honours CPU affinity
    counter = getattr(os, "process_cpu_count", os.cpu_count)
    return counter() or 1


def main() -> None:
    threads = min(max(cores(), 2), 4)
    # warm up, so the single-thread run is not also paying for the first call
    count(LOOPS)
    one_wall, _ = measure(lambda: count(LOOPS), 1)
    many_wall, many_cpu = measure(lambda: count(LOOPS), threads)
    speedup = threads * one_wall / many_wall  # N jobs in the time of one: speedup N
    usable = min(threads, cores())
    print(f"GIL enabled: {gil_enabled()}, cores: {cores()}")
    print(
        f"{threads} threads: speedup {speedup:.2f}x, per core "
        f"{speedup / usable:.2f}x, "
        f"cores busy {many_cpu / many_wall:.2f}"
    )


if __name__ == "__main__":
    main()
