"""threading.local(): one attribute name, a separate value in every thread - here a
per-thread "session" created on first use and reused by that thread's later
calls."""

import threading

THREADS = 3
CALLS = 4

local = threading.local()


class Session:
    """Stands in for something not safe to share, such as an HTTP or DB session."""

    created = 0
    created_lock = threading.Lock()

    def __init__(self) -> None:
        with Session.created_lock:
            Session.created += 1


def get_session() -> Session:
    if not hasattr(local, "session"):  # first call in this thread
        local.session = Session()
    return local.session


def work(results: dict[str, set[int]]) -> None:
    ids = {id(get_session()) for _ in range(CALLS)}
    results[threading.current_thread().name] = ids


def main() -> None:
    results: dict[str, set[int]] = {}
    threads = [
        threading.Thread(target=work, args=(results,), name=f"t{number}")
        for number in range(THREADS)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    per_thread = {name: len(ids) for name, ids in sorted(results.items())}
    print(f"sessions seen by each thread over {CALLS} calls: {per_thread}")
    print(f"sessions created: {Session.created}")
    print(f"main thread has one: {hasattr(local, 'session')}")


if __name__ == "__main__":
    main()
