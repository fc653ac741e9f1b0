"""A Manager holds ordinary Python objects in its own process; others use them
through proxies."""

import multiprocessing
import os
from multiprocessing.managers import DictProxy


def record(results: DictProxy, word: str) -> None:
    # each access is a message to the manager process
    results[word] = (len(word), os.getpid())


def main() -> None:
    with multiprocessing.Manager() as manager:
        results = manager.dict()
        words = ["pool", "queue", "manager"]
        workers = [
            multiprocessing.Process(target=record, args=(results, word))
            for word in words
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=30)
        lengths = {word: length for word, (length, _) in sorted(results.items())}
        writers = {pid for _, pid in results.values()}
        print(f"written by {len(writers)} other processes: {lengths}")
        print(f"this process holds only a proxy: {type(results).__name__}")


if __name__ == "__main__":
    main()
