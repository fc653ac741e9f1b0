"""What queue.Queue(maxsize) buys: a fast producer and a slow consumer thread move
the same items through an unbounded queue and through bounded ones; peak memory,
the largest backlog and each item's wait in the queue are recorded.

Self-contained: `python examples/benchmarks/queue_bound.py [--full] [--json]`."""

import argparse
import json
import os
import platform
import queue
import statistics
import sysconfig
import threading
import time
import tracemalloc

ITEM_BYTES = 16 * 1024
CONSUMER_S = 0.0005  # the consumer's work per item: a short blocking call
MAXSIZES = (0, 100, 10)  # 0 = unbounded


def machine() -> dict:
    load = os.getloadavg() if hasattr(os, "getloadavg") else None
    return {
        "cores": os.cpu_count(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "build": "free-threaded"
        if sysconfig.get_config_var("Py_GIL_DISABLED")
        else "GIL",
        "loadavg_1_5_15": load,
    }


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


def measure(quick: bool = True) -> dict:
    items = 300 if quick else 2000
    repeats = 1 if quick else 3
    rows = {}
    for maxsize in MAXSIZES:
        runs = [run_pipeline(items, maxsize) for _ in range(repeats)]
        median_run = sorted(runs, key=lambda run: run["total_seconds"])[
            len(runs) // 2
        ]
        rows["unbounded" if maxsize == 0 else f"maxsize={maxsize}"] = median_run
    base = rows["unbounded"]
    for row in rows.values():
        row["memory_vs_unbounded"] = row["peak_mib"] / base["peak_mib"]
        row["median_wait_vs_unbounded"] = (
            row["median_wait_ms"] / base["median_wait_ms"]
        )
        row["total_time_vs_unbounded"] = (
            row["total_seconds"] / base["total_seconds"]
        )
    return {
        "benchmark": "queue_bound",
        "quick": quick,
        "items": items,
        "item_bytes": ITEM_BYTES,
        "consumer_seconds_per_item": CONSUMER_S,
        "repeats": repeats,
        "machine": machine(),
        "rows": rows,
    }


def table(results: dict) -> str:
    info = results["machine"]
    lines = [
        f"{results['items']} items of {results['item_bytes'] // 1024} KiB, "
        "consumer "
        f"{results['consumer_seconds_per_item'] * 1000:g} ms per item, median of "
        f"{results['repeats']}; {info['cores']} cores, {info['platform']}, Python "
        f"{info['python']} ({info['build']}), "
        f"load average {info['loadavg_1_5_15']}",
        "| queue | largest backlog | peak memory (vs unbounded) | median wait "
        "(vs unbounded) | p99 wait | total time (vs unbounded) |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for name, row in results["rows"].items():
        lines.append(
            f"| {name} | {row['peak_backlog']} | {row['peak_mib']:.1f} MiB "
            f"({row['memory_vs_unbounded']:.2f}) | {row['median_wait_ms']:.1f} ms "
            f"({row['median_wait_vs_unbounded']:.2f}) | "
            f"{row['p99_wait_ms']:.1f} ms | "
            f"{row['total_time_vs_unbounded']:.2f} |"
        )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--full", action="store_true", help="the full run (default: quick)"
    )
    parser.add_argument(
        "--json", action="store_true", help="print the results as JSON"
    )
    arguments = parser.parse_args()
    results = measure(quick=not arguments.full)
    print(json.dumps(results) if arguments.json else table(results))


if __name__ == "__main__":
    main()
