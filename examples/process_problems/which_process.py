"""Which process am I in? current_process(), os.getpid() and parent_process()
tell."""

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor


def describe() -> str:
    me = multiprocessing.current_process()
    parent = multiprocessing.parent_process()  # None in the main process
    parent_text = "none" if parent is None else f"{parent.name} (pid {parent.pid})"
    return f"{me.name} (pid {os.getpid()}), parent: {parent_text}"


def report() -> None:
    print(describe(), flush=True)


def main() -> None:
    print(describe(), flush=True)
    child = multiprocessing.Process(target=report, name="reporter")
    child.start()
    child.join(timeout=30)
    with ProcessPoolExecutor(max_workers=1) as executor:
        # Pool workers are named after the start method: ForkProcess-2,
        # SpawnProcess-2, ...
        print(executor.submit(describe).result(timeout=30))


if __name__ == "__main__":
    main()
