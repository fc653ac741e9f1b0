"""Payload size against round-trip time: bytes sent to a worker process and back, from 1 byte
to tens of MiB, as multiples of the 1-byte round trip and as throughput."""

import concurrent.futures

from examples.benchmarks.measure import cli, median_time
from examples.benchmarks.schema import Payload


def echo(payload: bytes) -> bytes:
    """Returns what it got: the cost measured is pickling and moving the payload."""
    return payload


def measure(quick: bool = True) -> Payload:
    kib, mib = 1024, 1024 * 1024
    sizes = [1, kib, 64 * kib, mib] if quick else [1, kib, 64 * kib, mib, 16 * mib, 64 * mib]
    repeats = 3 if quick else 7
    seconds = []
    with concurrent.futures.ProcessPoolExecutor(1) as pool:
        pool.submit(echo, b"").result()  # the worker is running before timing
        for size in sizes:
            payload = bytes(size)
            seconds.append(median_time(lambda p=payload: pool.submit(echo, p).result(), repeats))
    return {
        "benchmark": "payload",
        "quick": quick,
        "work": {"sizes": sizes},
        "repeats": repeats,
        "sizes": sizes,
        "seconds": seconds,
        "ratio_to_1_byte": [elapsed / seconds[0] for elapsed in seconds],
        "mib_per_second": [2 * size / elapsed / mib
                           for size, elapsed in zip(sizes, seconds, strict=True)],
    }


def summarise(results: dict) -> None:
    print("round trip to a worker process and back:")
    for size, ratio in zip(results["sizes"], results["ratio_to_1_byte"], strict=True):
        print(f"  {size:>10} bytes: {ratio:8.1f}x the 1-byte round trip")


def main() -> None:
    cli(measure, summarise)


if __name__ == "__main__":
    main()
