"""Per-worker set-up: initializer= runs once in each worker process before its first
task; maxtasksperchild= replaces a worker after that many tasks."""

import os
from multiprocessing import Pool

connection: str | None = None  # set in each worker by its initializer


def connect(target: str) -> None:
    """Runs once per worker: open what every task in that worker will reuse."""
    global connection
    connection = f"connection to {target}"


def task(number: int) -> tuple[int, str | None]:
    del number  # the work itself does not matter here
    return os.getpid(), connection


def main() -> None:
    with Pool(processes=2, initializer=connect, initargs=("db.example",),
              maxtasksperchild=2) as pool:
        results = pool.map(task, range(6), chunksize=1)
    pids = {pid for pid, _ in results}
    set_up = all(seen == "connection to db.example" for _, seen in results)
    print(f"every task saw its worker's set-up: {set_up}")
    print(f"6 tasks, at most 2 per worker, so 3 or more workers: {len(pids) >= 3}")
    print(f"the parent's own global is untouched: {connection}")


if __name__ == "__main__":
    main()
