"""A Semaphore caps how many threads run a section at once; BoundedSemaphore also
catches a release() without a matching acquire()."""

import threading
import time

LIMIT = 2
WORKERS = 6


class Gauge:
    """How many threads are inside the section now, and the most ever seen."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.inside = 0
        self.peak = 0

    def enter(self) -> None:
        with self.lock:
            self.inside += 1
            self.peak = max(self.peak, self.inside)

    def leave(self) -> None:
        with self.lock:
            self.inside -= 1


def download(slots: threading.Semaphore, gauge: Gauge) -> None:
    with slots:  # at most LIMIT threads get past this line at a time
        gauge.enter()
        time.sleep(0.05)  # stands in for a network call
        gauge.leave()


def main() -> None:
    slots = threading.BoundedSemaphore(LIMIT)
    gauge = Gauge()
    threads = [
        threading.Thread(target=download, args=(slots, gauge))
        for _ in range(WORKERS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(
        f"{WORKERS} threads, semaphore of {LIMIT}: "
        f"at most {gauge.peak} inside at once"
    )

    try:
        # One more release than acquires: a bug a plain Semaphore would hide.
        slots.release()
    except ValueError as error:
        print(f"BoundedSemaphore.release() raised ValueError: {error}")


if __name__ == "__main__":
    main()
