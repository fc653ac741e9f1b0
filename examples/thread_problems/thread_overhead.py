"""Creating a thread per job versus reusing a few threads: ThreadPoolExecutor and
ThreadPool."""

import threading
import time
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.pool import ThreadPool

JOBS = 2000
WORKERS = 4


def square(number: int) -> tuple[int, str]:
    """A tiny job; it also reports which thread ran it."""
    return number * number, threading.current_thread().name


def thread_per_job(numbers: list[int]) -> list[tuple[int, str]]:
    results: list[tuple[int, str]] = [(0, "")] * len(numbers)

    def run(index: int) -> None:
        results[index] = square(numbers[index])

    threads = [
        threading.Thread(target=run, args=(index,)) for index in range(len(numbers))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def executor_pool(numbers: list[int]) -> list[tuple[int, str]]:
    with ThreadPoolExecutor(max_workers=WORKERS) as executor:
        return list(executor.map(square, numbers))


def thread_pool(numbers: list[int]) -> list[tuple[int, str]]:
    # multiprocessing.pool.ThreadPool: Pool's API, threads
    with ThreadPool(WORKERS) as pool:
        return pool.map(square, numbers)


def main() -> None:
    numbers = list(range(JOBS))
    expected = [number * number for number in numbers]
    timings = {}
    for run in (thread_per_job, executor_pool, thread_pool):
        start = time.perf_counter()
        results = run(numbers)
        timings[run.__name__] = time.perf_counter() - start
        threads_used = len({name for _, name in results})
        correct = [value for value, _ in results] == expected
        print(
            f"{run.__name__:>14}: {JOBS} jobs, threads used: {threads_used}, "
            f"correct: {correct}"
        )
    for name in ("executor_pool", "thread_pool"):
        print(f"{name} took {timings[name] / timings['thread_per_job']:.2f}x "
              "the time of thread_per_job")


if __name__ == "__main__":
    main()
