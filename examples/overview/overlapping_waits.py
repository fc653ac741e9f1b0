"""Concurrency overlaps waiting: four 0.2 s waits take 0.8 s in a row, about 0.2 s
in threads."""

import time
from concurrent.futures import ThreadPoolExecutor

WAITS = 4
SECONDS = 0.2


def wait(seconds: float) -> float:
    """Stands in for any call that waits: a network request, a disk read, a
    sleep."""
    time.sleep(seconds)
    return seconds


def one_after_another() -> float:
    start = time.perf_counter()
    for _ in range(WAITS):
        wait(SECONDS)
    return time.perf_counter() - start


def all_at_once() -> float:
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WAITS) as executor:
        list(executor.map(wait, [SECONDS] * WAITS))
    return time.perf_counter() - start


def main() -> None:
    serial, overlapped = one_after_another(), all_at_once()
    print(f"{WAITS} waits of {SECONDS} s one after another: {serial:.2f} s")
    print(
        f"{WAITS} waits of {SECONDS} s in {WAITS} threads:      {overlapped:.2f} s"
    )
    print(f"overlapping the waits made it {serial / overlapped:.1f} times faster")


if __name__ == "__main__":
    main()
