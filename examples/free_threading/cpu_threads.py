"""The §0.3 CPU-bound thread example, run on whichever build runs this file: the speedup of N
threads over one, and the speedup per core."""

import os

from examples.thread_problems.gil import count, gil_enabled, measure

LOOPS = 1_000_000  # pure-Python iterations per job: each thread runs one job


def cores() -> int:
    counter = getattr(os, "process_cpu_count", os.cpu_count)  # 3.13+: honours CPU affinity
    return counter() or 1


def main() -> None:
    threads = min(max(cores(), 2), 4)
    count(LOOPS)  # warm up, so the single-thread run is not also paying for the first call
    one_wall, _ = measure(lambda: count(LOOPS), 1)
    many_wall, many_cpu = measure(lambda: count(LOOPS), threads)
    speedup = threads * one_wall / many_wall  # N jobs in the time of one: speedup N
    usable = min(threads, cores())
    print(f"GIL enabled: {gil_enabled()}, cores: {cores()}")
    print(f"{threads} threads: speedup {speedup:.2f}x, per core {speedup / usable:.2f}x, "
          f"cores busy {many_cpu / many_wall:.2f}")


if __name__ == "__main__":
    main()
