"""Keep computing in the main thread while a second thread waits for a line of
input."""

import contextlib
import threading


class InputReader(threading.Thread):
    """Reads one line of standard input in its own thread."""

    def __init__(self) -> None:
        super().__init__(name="input-reader")
        self.line_of_text = ""

    def run(self) -> None:
        with contextlib.suppress(EOFError):  # standard input closed without a line
            self.line_of_text = input()


def main() -> None:
    print("Enter some text and press enter:")
    reader = InputReader()
    reader.start()

    count = result = 0
    while reader.is_alive():  # input() releases the GIL, so this loop keeps running
        count += 1
        result = count * count
    reader.join()

    print(f"calculated squares up to {count} * {count} = {result}")
    print(f"while you typed {reader.line_of_text!r}")


if __name__ == "__main__":
    main()
