"""The futures chapter's code on a real cluster: Dask's submit, map and as_completed
on a LocalCluster of two worker processes, what changes (serialisation, data
placement, dying workers), and the cluster used as a concurrent.futures executor."""

import logging
import os

import dask
from distributed import Client, LocalCluster, as_completed
from distributed.scheduler import KilledWorker

TIMEOUT = 30  # seconds: every wait on the cluster is bounded


def square(number: int) -> int:
    return number * number


def fail_on_three(number: int) -> int:
    if number == 3:
        raise ValueError(f"job {number} failed")
    return number


def die(number: int) -> int:
    os._exit(1)  # the worker process ends abruptly, as if killed by the OS


def start_cluster() -> LocalCluster:
    """Two worker processes with one thread each, on this machine; its HTTP
    endpoint on a free local port (8787, the default, may be taken); quiet logs."""
    return LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address="127.0.0.1:0",
        silence_logs=logging.CRITICAL,
    )


def run_futures(client: Client) -> list[str]:
    """The §0.8 patterns, as Dask spells them."""
    workers = client.run(os.getpid)  # {worker address: its process id}
    lines = [f"cluster: {len(workers)} worker processes, none of them this one: "
             f"{os.getpid() not in workers.values()}"]
    lines.append(
        f"submit: square(7) = {client.submit(square, 7).result(timeout=TIMEOUT)}"
    )
    futures = client.map(square, range(8))
    finished = sorted(
        future.result() for future in as_completed(futures, timeout=TIMEOUT)
    )
    lines.append(f"map + as_completed: {finished}")
    try:
        client.submit(fail_on_three, 3).result(timeout=TIMEOUT)
    except ValueError as error:
        lines.append(f"a failure comes back from result(): ValueError: {error}")
    # What changes 1: functions and data are serialised with cloudpickle, so a
    # lambda travels.
    lambda_result = client.submit(lambda number: number + 1, 41).result(
        timeout=TIMEOUT
    )
    lines.append(f"a lambda travels too: {lambda_result}")
    # What changes 2: data lives on workers. Send it once; pass the future, not the
    # data.
    payload = client.scatter(bytes(1_000_000))
    size = client.submit(len, payload).result(timeout=TIMEOUT)
    holders = client.who_has(payload)[payload.key]
    lines.append(
        f"scattered once, used where it lives: len {size}, held by {len(holders)} "
        "worker"
    )
    # What changes 3: a worker can die. The task fails with KilledWorker; the
    # cluster goes on.
    try:
        client.submit(die, 1).result(timeout=TIMEOUT)
    except KilledWorker:
        after = client.submit(square, 9).result(timeout=TIMEOUT)
        lines.append(
            "a worker died: KilledWorker; the cluster carries on: square(9) = "
            f"{after}"
        )
    return lines


def run_executor(client: Client) -> list[int]:
    """The cluster behind the standard Executor interface: code written for §0.8
    runs unchanged."""
    with client.get_executor() as executor:
        return list(executor.map(square, range(5), timeout=TIMEOUT))


def main() -> None:
    # allowed-failures 0: a task whose worker dies fails at once (the default
    # retries it 3 times).
    with (dask.config.set({"distributed.scheduler.allowed-failures": 0}),
          start_cluster() as cluster, Client(cluster, timeout=TIMEOUT) as client):
        print("\n".join(run_futures(client)))
        print(f"get_executor().map: {run_executor(client)}")


if __name__ == "__main__":
    main()
