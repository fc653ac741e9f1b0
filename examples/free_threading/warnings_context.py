"""Python 3.14+: with context-aware warnings (the default on free-threaded builds),
a catch_warnings() block in one thread no longer changes the filters of another."""

import sys
import threading
import warnings


def filter_leaks_from_another_thread() -> bool:
    """Does simplefilter("error") in another thread's catch_warnings() act here?"""
    entered, done = threading.Event(), threading.Event()

    def strict() -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # turn every warning into an exception
            entered.set()
            done.wait(timeout=10)

    worker = threading.Thread(target=strict)
    worker.start()
    try:
        entered.wait(timeout=10)
        try:
            warnings.warn("from the main thread", UserWarning, stacklevel=1)
        except UserWarning:
            return True  # the other thread's filter was in force here
        return False
    finally:
        done.set()
        worker.join()


def main() -> None:
    if sys.version_info < (3, 14):
        sys.exit("needs Python 3.14+ for sys.flags.context_aware_warnings")
    # Unless the other thread's filter applies, this thread's warning is ignored.
    warnings.filterwarnings("ignore", message="from the main thread")
    aware = bool(sys.flags.context_aware_warnings)
    print(f"sys.flags.context_aware_warnings: {aware}")
    leaked = filter_leaks_from_another_thread()
    print(f"another thread's catch_warnings() filter applied here: {leaked}")


if __name__ == "__main__":
    main()
