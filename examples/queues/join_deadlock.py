"""Joining a process before reading its queue can wait forever: its data is stuck in
the pipe."""

import multiprocessing


def produce(results: multiprocessing.Queue, sent: multiprocessing.Event) -> None:
    results.put(b"x" * 1_000_000)  # 1 MB: far more than a pipe holds
    sent.set()  # put() has returned, but a feeder thread is still writing the bytes


def main() -> None:
    results = multiprocessing.Queue()
    sent = multiprocessing.Event()
    producer = multiprocessing.Process(target=produce, args=(results, sent))
    producer.start()
    sent.wait(timeout=30)
    producer.join(timeout=0.5)  # without a timeout, this would never return
    print(f"join before reading: still alive = {producer.is_alive()}")
    data = results.get(timeout=30)  # empties the pipe; the feeder thread finishes
    producer.join(timeout=30)
    print(
        f"after get(): {len(data):,} bytes received, exit code {producer.exitcode}"
    )


if __name__ == "__main__":
    main()
