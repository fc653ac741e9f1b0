"""Many tiny tasks: chunksize=1 pays one round trip per item, a large chunksize one
per chunk."""

import os
import time
from multiprocessing import Pool


def square(number: int) -> int:  # far cheaper than sending it to another process
    return number * number


def timed_map(
    pool: Pool, numbers: range, chunksize: int
) -> tuple[list[int], float]:
    start = time.perf_counter()
    results = pool.map(square, numbers, chunksize=chunksize)
    return results, time.perf_counter() - start


def main() -> None:
    numbers = range(5_000)
    workers = min(4, os.cpu_count() or 1)
    with Pool(processes=workers) as pool:
        pool.map(square, range(workers))  # start the workers before timing anything
        one_by_one, slow = timed_map(pool, numbers, chunksize=1)
        in_chunks, fast = timed_map(
            pool, numbers, chunksize=len(numbers) // workers
        )
    print(f"same results: {one_by_one == in_chunks == [n * n for n in numbers]}")
    print(
        f"chunksize=1 took {slow / fast:.0f} times as long as "
        f"{len(numbers) // workers} "
        f"items per chunk, on {workers} workers"
    )


if __name__ == "__main__":
    main()
