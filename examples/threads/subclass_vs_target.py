"""Two ways to give a thread its work: subclass Thread and override run(), or pass
target=."""

import threading


class Greeter(threading.Thread):
    """A thread whose work is its own run() method."""

    def __init__(self, greeting: str) -> None:
        super().__init__(name="greeter-subclass")
        self.greeting = greeting

    def run(self) -> None:
        print(f"{self.greeting} from {threading.current_thread().name}")


def greet(greeting: str) -> None:
    """Plain function; Thread(target=greet, args=...) runs it in a new thread."""
    print(f"{greeting} from {threading.current_thread().name}")


def main() -> None:
    subclassed = Greeter("hello")
    with_target = threading.Thread(
        target=greet, args=("hi",), name="greeter-target"
    )
    # One at a time, so the output order is fixed; start both first to run them
    # together.
    for thread in (subclassed, with_target):
        thread.start()
        thread.join()
    print(f"back in {threading.current_thread().name}")


if __name__ == "__main__":
    main()
