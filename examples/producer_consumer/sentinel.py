"""Stopping N consumer threads with a sentinel: one end-of-work marker per consumer,
put after the last real item, so each consumer takes exactly one and returns."""

import queue
import threading

WORKERS = 3
STOP = object()  # a unique object: no real item can be mistaken for it


def consume(jobs: queue.Queue[object], handled: dict[str, list[object]]) -> None:
    name = threading.current_thread().name
    mine: list[object] = []
    while (item := jobs.get()) is not STOP:
        mine.append(item)
    handled[name] = mine


def main() -> None:
    jobs: queue.Queue[object] = queue.Queue(maxsize=4)
    handled: dict[str, list[object]] = {}
    workers = [
        threading.Thread(target=consume, args=(jobs, handled), name=f"w{n}")
        for n in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for item in range(12):
        jobs.put(item)
    for _ in workers:
        jobs.put(STOP)  # FIFO: every sentinel comes after every real item
    for worker in workers:
        worker.join()
    items = [item for mine in handled.values() for item in mine]
    print(f"workers that returned: {sorted(handled)}")
    print(f"items handled, each once: {len(items) == len(set(items)) == 12}")


if __name__ == "__main__":
    main()
