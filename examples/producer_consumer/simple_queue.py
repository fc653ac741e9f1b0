"""SimpleQueue: an unbounded FIFO with no task_done()/join() and no maxsize - less
to go wrong, and its put() is re-entrant (safe in a __del__ method or a weakref
callback)."""

import queue
import threading


def main() -> None:
    events: queue.SimpleQueue[str] = queue.SimpleQueue()
    threads = [
        threading.Thread(target=events.put, args=(f"hello from t{n}",))
        for n in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    received = sorted(events.get(timeout=1) for _ in range(3))
    print(received)
    print(
        f"has task_done: {hasattr(events, 'task_done')}, "
        f"has maxsize: {hasattr(events, 'maxsize')}"
    )


if __name__ == "__main__":
    main()
