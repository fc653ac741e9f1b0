"""threading.excepthook and sys.unraisablehook: errors nobody was waiting for.

An exception that ends a thread is not raised in the thread that joins it, and
one raised in __del__ has no caller at all: Python prints both to stderr and
carries on. The two hooks let a program (or a test) collect them instead.
"""

import gc
import sys
import threading
from typing import Any

seen: list[str] = []


def on_thread_error(args: threading.ExceptHookArgs) -> None:
    name = args.thread.name if args.thread else "?"
    seen.append(f"thread {name!r} died: {args.exc_type.__name__}: {args.exc_value}")


def on_unraisable(args: Any) -> None:  # sys.UnraisableHookArgs
    # Until 3.13, args.object is the __del__ function; from 3.14 it is None and
    # args.err_msg names it ("Exception ignored while calling deallocator ...").
    text = f"{args.err_msg or ''} {getattr(args.object, '__qualname__', '')}"
    where = "Resource.__del__" if "Resource.__del__" in text else text
    error = f"{args.exc_type.__name__}: {args.exc_value}"
    seen.append(f"unraisable in {where}: {error}")


def parse(record: str) -> int:
    return int(record)


class Resource:
    def __del__(self) -> None:
        raise RuntimeError("cleanup failed")


def main() -> None:
    old_hooks = threading.excepthook, sys.unraisablehook
    threading.excepthook, sys.unraisablehook = on_thread_error, on_unraisable
    try:
        worker = threading.Thread(target=parse, args=("x1",), name="parser-1")
        worker.start()
        worker.join(timeout=10)
        print(f"join() returned normally: {not worker.is_alive()}")
        resource = Resource()
        del resource  # __del__ runs here; its exception has nowhere to go
        gc.collect()
    finally:
        threading.excepthook, sys.unraisablehook = old_hooks
    print("\n".join(seen))


if __name__ == "__main__":
    main()
