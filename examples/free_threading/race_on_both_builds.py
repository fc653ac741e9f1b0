"""The §0.3 race, on whichever build runs this file: without the GIL the unlocked
read-modify-write still loses updates and the locked one still loses none; single list.append
calls, which the interpreter makes atomic on both builds, lose nothing."""

import threading

from examples.thread_problems.gil import gil_enabled
from examples.thread_problems.lost_update import ROUNDS, THREADS, locked, race, run_threads

APPENDS = 20_000  # per thread


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
    print(f"list.append, no lock:       {appends(THREADS, APPENDS)} of {THREADS * APPENDS}")


if __name__ == "__main__":
    main()
