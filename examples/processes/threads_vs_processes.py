"""The same pure-Python jobs in threads and in processes: the interface is the same,
and on a GIL build only the processes use more than one core."""

import os
import sys
import time
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor, ThreadPoolExecutor

LOOPS = 2_000_000


def count(loops: int) -> int:
    total = 0
    for number in range(loops):
        total += number
    return total


def run_jobs(
    make_executor: Callable[[int], Executor], jobs: int
) -> tuple[list[int], float]:
    start = time.perf_counter()
    with make_executor(jobs) as executor:  # the time includes starting the workers
        results = list(executor.map(count, [LOOPS] * jobs))
    return results, time.perf_counter() - start


def main() -> None:
    jobs = min(4, os.cpu_count() or 1)  # one job per core, up to four
    gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    thread_results, thread_time = run_jobs(ThreadPoolExecutor, jobs)
    process_results, process_time = run_jobs(ProcessPoolExecutor, jobs)
    print(f"{jobs} jobs on {os.cpu_count()} cores, GIL enabled: {gil}")
    print(
        "same results: "
        f"{thread_results == process_results == [count(LOOPS)] * jobs}"
    )
    print(f"speedup of processes over threads: {thread_time / process_time:.2f}x")


if __name__ == "__main__":
    main()
