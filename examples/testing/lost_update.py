"""A check-then-act counter loses updates; a stress loop makes it show.

The race window is one line wide. A switch interval of a microsecond (the
default is 5 ms) makes the GIL change hands so often that, with eight threads,
a lost update is near-certain; on a free-threaded build the threads overlap
anyway. The fixed counter, the same code under a lock, never loses one.
"""

import sys
import threading

THREADS = 8
INCREMENTS = 2_000
TRIALS = 20


class Counter:
    def __init__(self, locked: bool) -> None:
        self.value = 0
        self._lock = threading.Lock() if locked else None

    @staticmethod
    def plus_one(value: int) -> int:
        return value + 1

    def increment(self) -> None:
        if self._lock is None:
            current = self.value  # check ...
            # ... then act, after a call: time in which another thread can run
            self.value = self.plus_one(current)
        else:
            with self._lock:
                current = self.value
                self.value = self.plus_one(current)


def lost_updates(locked: bool) -> int:
    """Run THREADS threads of INCREMENTS each; return how many updates were lost."""
    counter = Counter(locked)
    start = threading.Barrier(THREADS)

    def work() -> None:
        start.wait(timeout=10)  # all start together: the most overlap
        for _ in range(INCREMENTS):
            counter.increment()

    threads = [
        threading.Thread(target=work, name=f"incr-{n}") for n in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
        assert not thread.is_alive(), f"{thread.name} still running"
    return THREADS * INCREMENTS - counter.value


def main() -> None:
    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    try:
        unsafe = [lost_updates(locked=False) for _ in range(TRIALS)]
        safe = [lost_updates(locked=True) for _ in range(TRIALS)]
    finally:
        sys.setswitchinterval(old)
    print(f"unlocked: lost updates in some of {TRIALS} trials: {any(unsafe)}")
    print(f"locked:   lost updates in any of {TRIALS} trials: {any(safe)}")


if __name__ == "__main__":
    main()
