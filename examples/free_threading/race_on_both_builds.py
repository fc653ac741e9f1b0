"""The §0.3 race, on whichever build runs this file: without the GIL the unlocked
read-modify-write still loses updates and the locked one still loses none; single
list.append calls, which the interpreter makes atomic on both builds, lose
nothing."""

import sys
import threading
import time
from collections.abc import Callable

THREADS = 4
ROUNDS = 200
APPENDS = 20_000  # per thread


def gil_enabled() -> bool:
    if hasattr(sys, "_is_gil_enabled"):  # Python 3.13+
        return sys._is_gil_enabled()
    return True  # before 3.13 every CPython build has a GIL


# race() and locked() are thread_problems/lost_update.py's, repeated so that this
# file runs on its own.
class Counter:
    def __init__(self) -> None:
        self.value = 0


def race(rounds: int, threads: int) -> int:
    """Each round, every thread reads, all wait for each other, then every thread
    writes."""
    counter = Counter()
    between = threading.Barrier(threads)  # all threads have read, none has written
    after = threading.Barrier(threads)  # all threads have written: next round

    def worker() -> None:
        for _ in range(rounds):
            value = counter.value  # read
            between.wait()  # every other thread reads the same value meanwhile
            counter.value = value + 1  # write back: overwrites the others' writes
            after.wait()

    run_threads(worker, threads)
    return counter.value


def locked(rounds: int, threads: int) -> int:
    """The same contention, with a Lock; the pause inside gives other threads every
    chance."""
    counter, lock = Counter(), threading.Lock()
    start = threading.Barrier(threads)

    def worker() -> None:
        for _ in range(rounds):
            start.wait()  # all threads go for the lock at the same moment
            with lock:
                value = counter.value
                time.sleep(0)
                counter.value = value + 1

    run_threads(worker, threads)
    return counter.value


def run_threads(worker: Callable[[], None], count: int) -> None:
    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def appends(threads: int, per_thread: int) -> int:
    """Every thread appends to one shared list, all starting at the same moment."""
    shared: list[int] = []
    start = threading.Barrier(threads)

    def worker() -> None:
        start.wait()
        for number in range(per_thread):
            shared.append(number)  # one call: atomic on both builds

    run_threads(worker, threads)
    return len(shared)


def main() -> None:
    expected = THREADS * ROUNDS
    print(f"GIL enabled: {gil_enabled()}")
    print(f"value = value + 1, no lock: {race(ROUNDS, THREADS)} of {expected}")
    print(f"value = value + 1, Lock:    {locked(ROUNDS, THREADS)} of {expected}")
    print(
        f"list.append, no lock:       {appends(THREADS, APPENDS)} of "
        f"{THREADS * APPENDS}"
    )


if __name__ == "__main__":
    main()
