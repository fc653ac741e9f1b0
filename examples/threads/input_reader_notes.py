"""The notes' InputReader, kept as printed: its report is off by one (see
input_reader.py)."""

from threading import Thread


class InputReader(Thread):
    def run(self) -> None:
        self.line_of_text = input()


def main() -> None:
    print("Enter some text and press enter: ")
    thread = InputReader()
    thread.start()

    count = result = 1
    while thread.is_alive():
        result = count * count
        count += 1  # count is now one ahead of the number that was squared

    print(f"calculated squares up to {count} * {count} = {result}")
    print(f"while you typed {thread.line_of_text}")


if __name__ == "__main__":
    main()
