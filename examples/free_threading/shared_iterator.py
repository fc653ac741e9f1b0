"""A generator shared between threads fails when two threads call next() at once;
wrapped in a lock it hands every item to exactly one thread."""

import threading
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class LockedIterator(Generic[T]):
    """One next() at a time: the fix for sharing any iterator between threads."""

    def __init__(self, iterable: Iterable[T]) -> None:
        self._iterator = iter(iterable)
        self._lock = threading.Lock()

    def __iter__(self) -> "LockedIterator[T]":
        return self

    def __next__(self) -> T:
        with self._lock:
            return next(self._iterator)


def numbers(count: int, inside: threading.Event | None = None,
            release: threading.Event | None = None) -> Iterator[int]:
    for number in range(count):
        if inside and release and number == 1:
            inside.set()  # a thread is now running the generator's code...
            release.wait(timeout=10)  # ...and stays in it until released
        yield number


def collide() -> str:
    """One thread is inside next(); the main thread calls next() on the same
    generator."""
    inside, release = threading.Event(), threading.Event()
    shared = numbers(3, inside, release)
    next(shared)
    other = threading.Thread(target=next, args=(shared,))
    other.start()
    try:
        if not inside.wait(timeout=10):
            return "the other thread never got inside"
        try:
            next(shared)
        except ValueError as error:
            return f"ValueError: {error}"
        return "no error"
    finally:
        release.set()
        other.join(timeout=10)


def drain(iterator: Iterator[int], threads: int) -> list[int]:
    """Several threads take items from one iterator until it is exhausted."""
    taken: list[int] = []

    def worker() -> None:
        for item in iterator:
            taken.append(item)

    workers = [threading.Thread(target=worker) for _ in range(threads)]
    for worker_thread in workers:
        worker_thread.start()
    for worker_thread in workers:
        worker_thread.join(timeout=30)
    return taken


def main() -> None:
    print(f"shared generator, two threads: {collide()}")
    taken = drain(LockedIterator(numbers(10_000)), threads=4)
    print(f"LockedIterator, 4 threads: {len(taken)} items, "
          f"each exactly once: {sorted(taken) == list(range(10_000))}")


if __name__ == "__main__":
    main()
