"""Wait for an Event, not for a sleep: a test that does not depend on luck.

A background thread warms a cache. The sleep-based check guesses how long that
takes; the Event-based one waits until it has happened, with a bound so that a
bug fails the test instead of hanging it. The worker here is held back past the
guess on purpose, as a loaded machine would hold it.
"""

import threading
import time

Cache = dict[str, int]


def warm(cache: Cache, ready: threading.Event, go: threading.Event) -> None:
    go.wait(timeout=10)  # the "slow machine": held until the test lets it go
    cache["answer"] = 42
    ready.set()


def sleep_based_check() -> bool:
    cache: Cache = {}
    ready, go = threading.Event(), threading.Event()
    worker = threading.Thread(target=warm, args=(cache, ready, go), name="warm")
    worker.start()
    time.sleep(0.01)  # "surely 10 ms is enough"
    passed = cache.get("answer") == 42
    go.set()  # the worker goes on only after the check
    worker.join(timeout=10)
    return passed


def event_based_check() -> bool:
    cache: Cache = {}
    ready, go = threading.Event(), threading.Event()
    worker = threading.Thread(target=warm, args=(cache, ready, go), name="warm")
    worker.start()
    threading.Timer(0.05, go.set).start()  # released late, as before
    happened = ready.wait(timeout=10)  # True if set, False after 10 s: never hangs
    worker.join(timeout=10)
    finished = not worker.is_alive()  # join(timeout) returns None: ask
    return happened and finished and cache.get("answer") == 42


def main() -> None:
    print(f"sleep-based check, worker late: passes {sleep_based_check()}")
    print(f"event-based check, worker late: passes {event_based_check()}")


if __name__ == "__main__":
    main()
