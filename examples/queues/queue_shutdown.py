"""queue.Queue.shutdown() (Python 3.13+): consumers drain what is left, then get
queue.ShutDown."""

import queue
import sys
import threading


def consume(jobs: queue.Queue[int], done: list[int]) -> None:
    while True:
        try:
            # no sentinel needed: shutdown() wakes every blocked get()
            number = jobs.get()
        except queue.ShutDown:
            return
        done.append(number)
        jobs.task_done()


def main() -> None:
    if sys.version_info < (3, 13):  # say what is needed, not a traceback
        sys.exit("needs Python 3.13+ for queue.Queue.shutdown()")
    jobs: queue.Queue[int] = queue.Queue()
    done: list[int] = []
    consumers = [
        threading.Thread(target=consume, args=(jobs, done)) for _ in range(3)
    ]
    for consumer in consumers:
        consumer.start()
    for number in range(10):
        jobs.put(number)
    jobs.shutdown()  # refuse new items; the ten already queued are still handed out
    for consumer in consumers:
        consumer.join(timeout=10)
    print(
        f"consumed {sorted(done)}; consumers alive: "
        f"{any(c.is_alive() for c in consumers)}"
    )
    try:
        jobs.put(10)
    except queue.ShutDown:
        print("put() after shutdown() raised queue.ShutDown")

    backlog: queue.Queue[int] = queue.Queue()
    for number in range(5):
        backlog.put(number)
    backlog.shutdown(immediate=True)  # drop what is queued as well
    try:
        backlog.get(timeout=10)
    except queue.ShutDown:
        print(
            "shutdown(immediate=True): get() raised queue.ShutDown, size "
            f"{backlog.qsize()}"
        )


if __name__ == "__main__":
    main()
