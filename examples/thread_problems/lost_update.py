"""Unsynchronised read-modify-write loses updates; the same update under a Lock
loses none."""

import threading
import time
from collections.abc import Callable

THREADS = 4
ROUNDS = 200


class Counter:
    def __init__(self) -> None:
        self.value = 0


def unsafe_add_one(counter: Counter, pause: Callable[[], object]) -> None:
    value = counter.value  # read
    # a thread switch can happen here at any time; the example makes sure it does
    pause()
    # write back: overwrites what other threads wrote meanwhile
    counter.value = value + 1


def locked_add_one(
    counter: Counter, lock: threading.Lock, pause: Callable[[], object]
) -> None:
    # read, pause and write happen with no other thread inside this block
    with lock:
        value = counter.value
        pause()
        counter.value = value + 1


def race(rounds: int, threads: int) -> int:
    """Each round, every thread reads, all wait for each other, then every thread
    writes."""
    counter = Counter()
    between = threading.Barrier(threads)  # all threads have read, none has written
    after = threading.Barrier(threads)  # all threads have written: next round

    def worker() -> None:
        for _ in range(rounds):
            unsafe_add_one(counter, between.wait)
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
            locked_add_one(counter, lock, lambda: time.sleep(0))

    run_threads(worker, threads)
    return counter.value


def run_threads(worker: Callable[[], None], count: int) -> None:
    threads = [threading.Thread(target=worker) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def main() -> None:
    expected = THREADS * ROUNDS
    for label, result in [("unsynchronised", race(ROUNDS, THREADS)),
                          ("with a Lock", locked(ROUNDS, THREADS))]:
        print(f"{label:>14}: {THREADS} threads x {ROUNDS} increments -> "
              f"counter = {result}, lost {expected - result}")


if __name__ == "__main__":
    main()
