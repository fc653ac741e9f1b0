"""Pickling cost and chunksize: many tiny tasks through multiprocessing.Pool.map at chunksize 1
and at larger chunksizes, against the same work done serially in one process."""

import math
import multiprocessing

from examples.benchmarks.measure import cli, cores, median_time, worker_limit
from examples.benchmarks.schema import Chunksize


def square(number: int) -> int:
    """A task far cheaper than sending it to another process."""
    return number * number


def measure(quick: bool = True) -> Chunksize:
    workers = worker_limit(quick)
    numbers = list(range(2_000 if quick else 30_000))
    tuned = math.ceil(len(numbers) / (4 * workers))  # what Pool.map picks when not told
    chunksizes = sorted({1, 10, 100, 1000, tuned} - {c for c in (10, 100, 1000) if c > tuned})
    repeats = 3
    serial = median_time(lambda: [square(n) for n in numbers], repeats)
    seconds = []
    with multiprocessing.Pool(workers) as pool:
        pool.map(square, range(workers), chunksize=1)  # the workers are running before timing
        for chunksize in chunksizes:
            seconds.append(median_time(
                lambda c=chunksize: pool.map(square, numbers, chunksize=c), repeats))
    return {
        "benchmark": "chunksize",
        "quick": quick,
        "work": {"tasks": len(numbers), "workers": workers},
        "cores": cores(),
        "workers": workers,
        "tasks": len(numbers),
        "repeats": repeats,
        "serial_seconds": serial,
        "tuned_chunksize": tuned,
        "chunksizes": chunksizes,
        "seconds": seconds,
        "gain_over_chunksize_1": [seconds[0] / elapsed for elapsed in seconds],
        "slowdown_over_serial": [elapsed / serial for elapsed in seconds],
    }


def summarise(results: dict) -> None:
    print(f"{results['tasks']} tiny tasks in a pool of {results['workers']}:")
    for chunksize, gain, slowdown in zip(results["chunksizes"], results["gain_over_chunksize_1"],
                                         results["slowdown_over_serial"], strict=True):
        print(f"  chunksize {chunksize:>5}: {gain:7.1f}x faster than chunksize 1, "
              f"{slowdown:7.1f}x slower than a plain loop")


def main() -> None:
    cli(measure, summarise)


if __name__ == "__main__":
    main()
