"""What a process pool spends on pickling: send a million numbers, or send two
numbers."""

import pickle
import time
from multiprocessing import Pool

COUNT = 1_000_000


def total(numbers: list[int]) -> int:
    return sum(numbers)


def total_of_range(start: int, stop: int) -> int:
    return sum(range(start, stop))  # the worker builds the data itself


def timed(function: object, *args: object) -> tuple[object, float]:
    start = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - start


def main() -> None:
    numbers = list(range(COUNT))
    with Pool(processes=1) as pool:
        pool.apply(total_of_range, (0, 1))  # start the worker before timing
        # pickled, piped, unpickled
        sent, sending = timed(pool.apply, total, (numbers,))
        described, describing = timed(pool.apply, total_of_range, (0, COUNT))
        here, local = timed(total, numbers)
    print(f"the list pickles to {len(pickle.dumps(numbers)) / 1e6:.1f} MB")
    print(f"same total all three ways: {sent == described == here}")
    print(
        f"sending the list took {sending / describing:.1f} times as long as "
        f"sending (0, {COUNT})"
    )
    print(
        f"and {sending / local:.1f} times as long as summing it here, without a "
        "pool"
    )


if __name__ == "__main__":
    main()
