"""Getting a result back from a thread: keep it on the thread object, or use a
future."""

import threading
from concurrent.futures import ThreadPoolExecutor


def count_words(text: str) -> int:
    return len(text.split())


class WordCounter(threading.Thread):
    """Stores its result on itself; read it only after join()."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text
        self.result: int | None = None

    def run(self) -> None:
        self.result = count_words(self.text)


def main() -> None:
    texts = ["one two three", "four five", "six"]

    counters = [WordCounter(text) for text in texts]
    for counter in counters:
        counter.start()
    for counter in counters:
        counter.join()  # after join(), the thread's writes are visible here
    print("thread attributes:", [counter.result for counter in counters])

    # the standard library's tool for this job
    with ThreadPoolExecutor() as executor:
        futures = [executor.submit(count_words, text) for text in texts]
        print("futures:", [future.result() for future in futures])


if __name__ == "__main__":
    main()
