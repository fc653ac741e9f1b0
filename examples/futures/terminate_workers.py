"""Python 3.14+: ProcessPoolExecutor.terminate_workers() stops worker processes that
are stuck, where shutdown() would wait for them to finish.
"""

import multiprocessing
import sys
import threading
import time
from concurrent.futures import ProcessPoolExecutor


# started is a Manager().Event() proxy, with the same methods as an Event
def stuck(started: threading.Event) -> str:
    started.set()
    time.sleep(30)  # stands for a call that never returns
    return "finished"


def main() -> None:
    if sys.version_info < (3, 14):  # say what is needed, not a traceback
        sys.exit("needs Python 3.14+ for ProcessPoolExecutor.terminate_workers()")
    with multiprocessing.Manager() as manager:
        started = manager.Event()
        executor = ProcessPoolExecutor(max_workers=1)
        future = executor.submit(stuck, started)
        if not started.wait(timeout=20):
            raise TimeoutError("the worker never started")
        began = time.monotonic()
        # shutdown(wait=False, cancel_futures=True) first, then SIGTERM to each
        # worker that is still alive
        executor.terminate_workers()
        quick = time.monotonic() - began < 5
        print(f"stopped a stuck worker in under 5 s: {quick}")
        error = future.exception(timeout=10)
        print(f"its future: done={future.done()}, exception={type(error).__name__}")


if __name__ == "__main__":
    main()
