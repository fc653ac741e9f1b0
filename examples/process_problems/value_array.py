"""multiprocessing.Value and Array: shared C numbers, each with a lock you must take
to update."""

import multiprocessing
from multiprocessing.sharedctypes import Synchronized, SynchronizedArray


def count_up(counter: Synchronized, times: int) -> None:
    for _ in range(times):
        # `counter.value += 1` is a read then a write; the lock makes the pair
        # atomic.
        with counter.get_lock():
            counter.value += 1


def fill_slot(squares: SynchronizedArray, index: int) -> None:
    squares[index] = index * index  # one item: a single access is already locked


def main() -> None:
    counter = multiprocessing.Value(
        "i", 0
    )  # "i": a C int, created with its own lock
    squares = multiprocessing.Array("q", 4)  # four C long longs, zeroed
    workers = [
        multiprocessing.Process(target=count_up, args=(counter, 2_000))
        for _ in range(4)
    ]
    workers += [
        multiprocessing.Process(target=fill_slot, args=(squares, i))
        for i in range(4)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=30)
    print(f"counter after 4 processes x 2,000 locked increments: {counter.value}")
    print(f"array filled by 4 processes: {squares[:]}")


if __name__ == "__main__":
    main()
