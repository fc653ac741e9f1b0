"""Python 3.12+ warns when a process that runs several threads forks: the child
gets a copy of every lock, including those another thread held at that moment, and
only one thread."""

import multiprocessing
import re
import sys
import threading
import warnings


def child() -> None:
    pass


def fork_with_a_thread_running() -> tuple[list[str], int | None]:
    """Fork while a second thread is alive; return the warnings and exit code."""
    release = threading.Event()
    helper = threading.Thread(target=release.wait, name="helper")
    helper.start()
    try:
        # catch_warnings() swaps process-wide state unless warnings are
        # context-aware (the default on free-threaded 3.14+): safe here only
        # because the helper thread never warns.
        with warnings.catch_warnings(record=True) as caught:
            # DeprecationWarning is hidden by default here
            warnings.simplefilter("always")
            process = multiprocessing.get_context("fork").Process(target=child)
            process.start()
        process.join()
    finally:
        release.set()
        helper.join()
    return [f"{w.category.__name__}: {w.message}" for w in caught], process.exitcode


def main() -> None:
    if "fork" not in multiprocessing.get_all_start_methods():
        print("fork is not available on this platform")
        return
    caught, exitcode = fork_with_a_thread_running()
    if sys.version_info < (3, 12):
        version = f"{sys.version_info.major}.{sys.version_info.minor}"
        print(f"Python {version} does not warn: {caught}")
    for message in caught:
        print(re.sub(r"pid=\d+", "pid=...", message))
    print(f"child exit code: {exitcode}")


if __name__ == "__main__":
    main()
