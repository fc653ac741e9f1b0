"""Threads share the process's memory: every thread sees, and can change, the same
objects."""

import threading

settings = {"greeting": "hello"}  # module-level: visible to every thread


def worker(number: int, results: dict[int, str]) -> None:
    # Each thread writes its own key: no two threads touch the same entry.
    results[number] = f"{settings['greeting']} from worker-{number}"


def main() -> None:
    results: dict[int, str] = {}
    settings["greeting"] = (
        "hi"  # changed before the threads start: they all see "hi"
    )
    threads = [threading.Thread(target=worker, args=(n, results)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    # the threads finished in any order; sort to show them
    for number in sorted(results):
        print(results[number])


if __name__ == "__main__":
    main()
