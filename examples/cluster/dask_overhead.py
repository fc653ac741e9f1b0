"""When not to go distributed: the round trip of a tiny task on a Dask LocalCluster
against a ProcessPoolExecutor with the same two worker processes, one task at a time
and many at once."""

import logging
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor

from distributed import Client, LocalCluster

TASKS = 100
TIMEOUT = 30


def echo(number: int) -> int:
    return number  # no work: what is measured is the trip there and back


def per_task(run: Callable[[], object]) -> float:
    """Seconds per task of `run`, which runs TASKS tasks."""
    start = time.perf_counter()
    run()
    return (time.perf_counter() - start) / TASKS


def measure_pool() -> tuple[float, float]:
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(echo, range(4)))  # start the workers before timing
        one = per_task(
            lambda: [
                pool.submit(echo, n).result(timeout=TIMEOUT) for n in range(TASKS)
            ]
        )
        many = per_task(lambda: list(pool.map(echo, range(TASKS), timeout=TIMEOUT)))
    return one, many


def measure_dask(client: Client) -> tuple[float, float]:
    client.gather(client.map(echo, range(4), pure=False))  # warm up
    # pure=False: a new task each time, not the cached result of an identical call.
    one = per_task(
        lambda: [
            client.submit(echo, n, pure=False).result(timeout=TIMEOUT)
            for n in range(TASKS)
        ]
    )
    many = per_task(
        lambda: client.gather(client.map(echo, range(TASKS), pure=False))
    )
    return one, many


def main() -> None:
    pool_one, pool_many = measure_pool()
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address="127.0.0.1:0",
            silence_logs=logging.CRITICAL,
        ) as cluster,
        Client(cluster, timeout=TIMEOUT) as client,
    ):
        dask_one, dask_many = measure_dask(client)
    print(
        f"{TASKS} tiny tasks on 2 worker processes, Dask LocalCluster vs "
        "ProcessPoolExecutor:"
    )
    print(
        f"  one at a time (submit, result): Dask took {dask_one / pool_one:.1f}x "
        "per task"
    )
    print(
        f"  all at once (map):              Dask took {dask_many / pool_many:.1f}x "
        "per task"
    )


if __name__ == "__main__":
    main()
