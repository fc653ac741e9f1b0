"""What queue.Queue(maxsize) buys: a fast producer and a slow consumer thread move the same items
through an unbounded queue and through bounded ones; peak memory, the largest backlog and each
item's wait in the queue are recorded."""

import queue
import statistics
import threading
import time
import tracemalloc

from examples.benchmarks.measure import cli
from examples.benchmarks.schema import QueueBound

ITEM_BYTES = 16 * 1024
CONSUMER_S = 0.0005  # the consumer's work per item: a short blocking call
MAXSIZES = (0, 100, 10)  # 0 = unbounded


def run_pipeline(items: int, maxsize: int) -> dict:
    """One run: the producer puts `items` payloads as fast as the queue lets it."""
    jobs: queue.Queue[tuple[float, bytes] | None] = queue.Queue(maxsize=maxsize)
    waits: list[float] = []
    peak_backlog = 0

    def consume() -> None:
        while (job := jobs.get()) is not None:
            waits.append(time.perf_counter() - job[0])
            time.sleep(CONSUMER_S)

    tracemalloc.start()
    consumer = threading.Thread(target=consume)
    started = time.perf_counter()
    consumer.start()
    for _ in range(items):
        jobs.put((time.perf_counter(), bytes(ITEM_BYTES)))
        peak_backlog = max(peak_backlog, jobs.qsize())
    jobs.put(None)
    consumer.join()
    total = time.perf_counter() - started
    _, peak_bytes = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    waits.sort()
    return {
        "maxsize": maxsize,
        "total_seconds": total,
        "peak_backlog": peak_backlog,
        "peak_mib": peak_bytes / 2**20,
        "median_wait_ms": statistics.median(waits) * 1000,
        "p99_wait_ms": waits[int(len(waits) * 0.99) - 1] * 1000,
    }


def measure(quick: bool = True) -> QueueBound:
    items = 300 if quick else 2000
    repeats = 1 if quick else 3
    rows = {}
    for maxsize in MAXSIZES:
        runs = [run_pipeline(items, maxsize) for _ in range(repeats)]
        median_run = sorted(runs, key=lambda run: run["total_seconds"])[len(runs) // 2]
        rows["unbounded" if maxsize == 0 else f"maxsize={maxsize}"] = median_run
    base = rows["unbounded"]
    for row in rows.values():
        row["memory_vs_unbounded"] = row["peak_mib"] / base["peak_mib"]
        row["median_wait_vs_unbounded"] = row["median_wait_ms"] / base["median_wait_ms"]
        row["total_time_vs_unbounded"] = row["total_seconds"] / base["total_seconds"]
    return {
        "benchmark": "queue_bound",
        "quick": quick,
        "work": {"items": items, "item_bytes": ITEM_BYTES,
                 "consumer_microseconds": round(CONSUMER_S * 1e6)},
        "items": items,
        "item_bytes": ITEM_BYTES,
        "consumer_seconds_per_item": CONSUMER_S,
        "repeats": repeats,
        "rows": rows,
    }


def summarise(results: dict) -> None:
    print(f"{results['items']} items of {results['item_bytes'] // 1024} KiB, consumer "
          f"{results['consumer_seconds_per_item'] * 1000:g} ms per item, the median of "
          f"{results['repeats']} runs:")
    for name, row in results["rows"].items():
        print(f"  {name:<12} backlog {row['peak_backlog']:>5}, peak {row['peak_mib']:6.1f} MiB, "
              f"median wait {row['median_wait_ms']:7.1f} ms, p99 {row['p99_wait_ms']:7.1f} ms, "
              f"total {row['total_seconds']:.2f} s")


def main() -> None:
    cli(measure, summarise)


if __name__ == "__main__":
    main()
