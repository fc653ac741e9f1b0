"""An exception in a thread does not reach join(): threading.excepthook gets it
instead."""

import threading
from concurrent.futures import ThreadPoolExecutor


def fail() -> None:
    raise ValueError("bad input")


def report(args: threading.ExceptHookArgs) -> None:
    # Replaces the default hook, which prints "Exception in thread ..." and a
    # traceback to stderr.
    name = args.thread.name if args.thread else "?"
    print(f"excepthook: {name} raised {args.exc_type.__name__}: {args.exc_value}")


def main() -> None:
    threading.excepthook = report
    thread = threading.Thread(target=fail, name="failing")
    thread.start()
    thread.join()  # returns normally: the exception stayed in the thread
    print("join() returned without raising")

    with ThreadPoolExecutor() as executor:
        future = executor.submit(fail)
        try:
            # a future re-raises the worker's exception in the caller
            future.result()
        except ValueError as error:
            print(f"future.result() raised ValueError: {error}")


if __name__ == "__main__":
    main()
