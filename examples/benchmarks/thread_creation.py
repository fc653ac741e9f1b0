"""Thread creation per job against a reused pool: the same small jobs run by direct calls, by a
new Thread each, by a ThreadPoolExecutor and by a multiprocessing.pool.ThreadPool."""

import concurrent.futures
import threading
from multiprocessing.pool import ThreadPool

from examples.benchmarks.measure import cli, median_time
from examples.benchmarks.schema import ThreadCreation

WORKERS = 4


def job(number: int) -> int:
    """A small job: a few microseconds of work."""
    return sum(range(number % 50))


def direct(jobs: range) -> None:
    for number in jobs:
        job(number)


def thread_per_job(jobs: range) -> None:
    threads = [threading.Thread(target=job, args=(number,)) for number in jobs]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def measure(quick: bool = True) -> ThreadCreation:
    jobs = range(500 if quick else 10_000)
    repeats = 3 if quick else 5
    seconds = {
        "direct_calls": median_time(lambda: direct(jobs), repeats),
        "thread_per_job": median_time(lambda: thread_per_job(jobs), repeats),
    }
    with concurrent.futures.ThreadPoolExecutor(WORKERS) as executor:
        list(executor.map(job, range(WORKERS)))  # created and warmed up before timing
        seconds["thread_pool_executor"] = median_time(
            lambda: list(executor.map(job, jobs)), repeats)
    with ThreadPool(WORKERS) as pool:
        pool.map(job, range(WORKERS))
        seconds["multiprocessing_thread_pool"] = median_time(
            lambda: pool.map(job, jobs, chunksize=1), repeats)
    return {
        "benchmark": "thread_creation",
        "quick": quick,
        "work": {"jobs": len(jobs)},
        "jobs": len(jobs),
        "pool_workers": WORKERS,
        "repeats": repeats,
        "seconds": seconds,
        "microseconds_per_job": {name: t / len(jobs) * 1e6 for name, t in seconds.items()},
        "ratio_to_direct": {name: t / seconds["direct_calls"] for name, t in seconds.items()},
        "thread_per_job_over_executor":
            seconds["thread_per_job"] / seconds["thread_pool_executor"],
    }


def summarise(results: dict) -> None:
    print(f"{results['jobs']} small jobs; time relative to calling them directly:")
    for name, ratio in results["ratio_to_direct"].items():
        print(f"  {name:<28} {ratio:8.1f}x")


def main() -> None:
    cli(measure, summarise)


if __name__ == "__main__":
    main()
