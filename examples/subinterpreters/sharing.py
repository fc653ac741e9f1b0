"""What crosses between interpreters: shareable values and queues pass, a memoryview
shares its buffer, other objects are copied (by pickle) or refused with
NotShareableError."""

import sys
import threading
from collections.abc import Callable

try:
    from concurrent import interpreters
except ImportError:  # before Python 3.14: say what is needed, not a traceback
    sys.exit("needs Python 3.14+ for concurrent.interpreters")


def append_item(items: list[str]) -> int:
    items.append("added there")
    return len(items)


def make_counter() -> Callable[[], int]:
    start = 10

    def counter() -> int:
        return start + 1  # a closure: it captures `start`

    return counter


def main() -> None:
    candidates = [1, "text", b"bytes", (1, 2), None, [1], {"a": 1}, bytearray(2),
                  memoryview(bytearray(2)), interpreters.create_queue()]
    print("shareable:", [type(value).__name__ for value in candidates
                         if interpreters.is_shareable(value)])
    interpreter = interpreters.create()
    try:
        # A list is not shareable: it is pickled, so the interpreter works on a
        # copy.
        items = ["mine"]
        print(
            f"list copied: len there {interpreter.call(append_item, items)}, here "
            f"{len(items)}"
        )
        # A memoryview shares the buffer itself: a write there is seen here.
        buffer = bytearray(4)
        interpreter.prepare_main(view=memoryview(buffer))
        interpreter.exec("view[0] = 42")
        print(f"memoryview shared: buffer[0] here is now {buffer[0]}")
        # A queue is the channel between interpreters.
        results = interpreters.create_queue()
        interpreter.prepare_main(results=results)
        interpreter.exec("results.put(sum(range(10)))")
        print(f"queue: got {results.get(timeout=10)}")
        for value in (make_counter(), threading.Lock()):
            try:
                interpreter.call(print, value)
            except interpreters.NotShareableError:
                print(f"refused: {type(value).__name__} (NotShareableError)")
    finally:
        interpreter.close()


if __name__ == "__main__":
    main()
