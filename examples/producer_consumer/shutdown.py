"""Python 3.13+: Queue.shutdown() replaces the sentinels. Consumers drain what is
left, then get() raises queue.ShutDown; a put() after shutdown raises it at once."""

import queue
import sys
import threading

WORKERS = 3


def consume(
    jobs: "queue.Queue[int]", handled: list[int], lock: threading.Lock
) -> None:
    while True:
        try:
            item = jobs.get()
        except queue.ShutDown:  # shut down *and* empty: time to return
            return
        with lock:
            handled.append(item)


def main() -> None:
    if sys.version_info < (3, 13):
        sys.exit("this example needs Python 3.13+ (queue.Queue.shutdown)")
    jobs: queue.Queue[int] = queue.Queue(maxsize=4)
    handled: list[int] = []
    lock = threading.Lock()
    workers = [
        threading.Thread(target=consume, args=(jobs, handled, lock))
        for _ in range(WORKERS)
    ]
    for worker in workers:
        worker.start()
    for item in range(12):
        jobs.put(item)
    jobs.shutdown()  # immediate=False: items already queued are still delivered
    try:
        jobs.put(99)
    except queue.ShutDown:
        print("put() after shutdown() raised queue.ShutDown")
    for worker in workers:
        worker.join()
    print(
        f"all {WORKERS} workers returned; items handled, each once: "
        f"{sorted(handled) == list(range(12))}"
    )


if __name__ == "__main__":
    main()
