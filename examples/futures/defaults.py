"""max_workers is optional: print the defaults, and show that ProcessPoolExecutor
manages its own worker processes rather than wrapping multiprocessing.Pool.
"""

import os
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def usable_cpus() -> int:
    """What the executors count: os.process_cpu_count() since 3.13, os.cpu_count()
    before."""
    count = (
        os.process_cpu_count() if sys.version_info >= (3, 13) else os.cpu_count()
    )
    return count or 1


def worker_pid() -> int:
    return os.getpid()


def main() -> None:
    cpus = usable_cpus()
    with ThreadPoolExecutor() as threads:
        # _max_workers is private: read here only to show the default that was
        # chosen.
        print(f"ThreadPoolExecutor() workers: {threads._max_workers} "
              f"= min(32, {cpus} + 4): {threads._max_workers == min(32, cpus + 4)}")
    with ProcessPoolExecutor() as processes:
        # Windows caps it at 61
        expected = min(cpus, 61) if sys.platform == "win32" else cpus
        print(f"ProcessPoolExecutor() workers: {processes._max_workers} "
              f"= CPUs: {processes._max_workers == expected}")
        print(
            "ran in another process: "
            f"{processes.submit(worker_pid).result() != os.getpid()}"
        )
    print(f"implemented in: {ProcessPoolExecutor.__module__}")
    print(
        "multiprocessing.pool ever imported: "
        f"{'multiprocessing.pool' in sys.modules}"
    )


if __name__ == "__main__":
    main()
