"""The GIL measured: pure-Python work in two threads takes turns; hashlib on large
buffers, which releases the GIL, runs in parallel."""

import hashlib
import sys
import threading
import time
from collections.abc import Callable

THREADS = 2
LOOPS = 3_000_000  # pure-Python iterations per job
# hashlib releases the GIL while it hashes more than 2 KiB
BUFFER = bytes(8 * 1024 * 1024)
ROUNDS = 16


def gil_enabled() -> bool:
    if hasattr(sys, "_is_gil_enabled"):  # Python 3.13+
        return sys._is_gil_enabled()
    return True  # before 3.13 every CPython build has a GIL


def count(loops: int) -> int:
    total = 0
    for number in range(loops):
        total += number
    return total


def hash_rounds(rounds: int) -> str:
    digest = hashlib.sha256()
    for _ in range(rounds):
        digest.update(BUFFER)
    return digest.hexdigest()


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


def report(label: str, job: Callable[[], object]) -> None:
    one_wall, _ = measure(job, 1)
    many_wall, many_cpu = measure(job, THREADS)
    # THREADS jobs in parallel take as long as one job: speedup THREADS. Taking
    # turns: about 1.
    speedup = THREADS * one_wall / many_wall
    print(f"{label}, {THREADS} threads: speedup {speedup:.2f}x, "
          f"cores busy {many_cpu / many_wall:.2f}")


def main() -> None:
    print(f"GIL enabled: {gil_enabled()}")
    report("pure Python", lambda: count(LOOPS))
    report("hashlib.sha256", lambda: hash_rounds(ROUNDS))


if __name__ == "__main__":
    main()
