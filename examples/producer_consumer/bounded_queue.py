"""Backpressure: a queue.Queue(maxsize) makes a fast producer wait for a slow
consumer; task_done() and join() tell the producer when every item has been
processed."""

import queue
import threading

MAXSIZE = 3
ITEMS = 10


def consume(jobs: queue.Queue[int], go: threading.Event, done: list[int]) -> None:
    go.wait()  # the consumer is slow to start: the queue fills up first
    while True:
        item = jobs.get()
        done.append(item)
        jobs.task_done()  # one task_done() per get(): join() counts them


def main() -> None:
    jobs: queue.Queue[int] = queue.Queue(maxsize=MAXSIZE)
    go = threading.Event()
    done: list[int] = []
    threading.Thread(target=consume, args=(jobs, go, done), daemon=True).start()
    for item in range(MAXSIZE):
        jobs.put(item)
    print(
        f"producer: put {MAXSIZE} items, qsize={jobs.qsize()}, full={jobs.full()}"
    )
    try:
        jobs.put(
            MAXSIZE, timeout=0.1
        )  # blocks: no room until the consumer takes one
    except queue.Full:
        print("producer: the next put() waited 0.1 s and raised queue.Full")
    go.set()
    for item in range(MAXSIZE, ITEMS):
        jobs.put(item)  # now each put() waits only until the consumer frees a slot
    jobs.join()  # returns when task_done() has been called for every item put
    print(
        f"producer: join() returned; consumed {len(done)} items in order: "
        f"{done == list(range(ITEMS))}"
    )


if __name__ == "__main__":
    main()
