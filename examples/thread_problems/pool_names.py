"""There is no ProcessPool class: the process pools are multiprocessing.Pool and
concurrent.futures.ProcessPoolExecutor; the thread pools have the same two
shapes."""

import concurrent.futures
import multiprocessing
import multiprocessing.pool


def main() -> None:
    for module, name in [
        (multiprocessing, "ProcessPool"),
        (multiprocessing.pool, "ProcessPool"),
        (concurrent.futures, "ProcessPool"),
        (multiprocessing, "Pool"),
        (multiprocessing.pool, "Pool"),
        (multiprocessing.pool, "ThreadPool"),
        (concurrent.futures, "ProcessPoolExecutor"),
        (concurrent.futures, "ThreadPoolExecutor"),
    ]:
        print(
            f"{module.__name__}.{name}: "
            f"{'exists' if hasattr(module, name) else 'no such name'}"
        )
    # multiprocessing.Pool is a function of the default context that returns a
    # pool.Pool
    print(
        f"multiprocessing.Pool is a class: {isinstance(multiprocessing.Pool, type)}"
    )


if __name__ == "__main__":
    main()
