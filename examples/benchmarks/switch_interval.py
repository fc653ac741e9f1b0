"""The convoy effect: an I/O thread next to a CPU-bound thread waits for the GIL after every
blocking call, up to one switch interval (sys.setswitchinterval) each time."""

import statistics
import sys
import threading
import time

from examples.benchmarks.measure import cli
from examples.benchmarks.schema import SwitchInterval

INTERVALS_S = (0.005, 0.001, 0.0001)  # 0.005 is CPython's default
WAIT_S = 0.0002


def io_waits(count: int) -> float:
    """Seconds for count short blocking waits (WAIT_S each, standing in for a reply from the
    network). Each wait releases the GIL; after it, the thread needs the GIL back before it can
    run its next line."""
    started = time.perf_counter()
    for _ in range(count):
        time.sleep(WAIT_S)
    return time.perf_counter() - started


def with_cpu_thread(count: int, interval: float | None) -> tuple[float, float]:
    """(I/O seconds, CPU loop iterations per second) with a busy thread running, or without one
    when interval is None."""
    if interval is None:
        return io_waits(count), 0.0
    stop = threading.Event()
    counted = [0]

    def spin() -> None:
        iterations = 0
        while not stop.is_set():
            iterations += 1
        counted[0] = iterations

    previous = sys.getswitchinterval()
    sys.setswitchinterval(interval)
    spinner = threading.Thread(target=spin)
    try:
        spinner.start()
        time.sleep(0.01)  # let the spinner get going and take the GIL
        started = time.perf_counter()
        seconds = io_waits(count)
        stop.set()
        spinner.join()
        rate = counted[0] / (time.perf_counter() - started + 0.01)
    finally:
        stop.set()
        sys.setswitchinterval(previous)
    return seconds, rate


def measure(quick: bool = True) -> SwitchInterval:
    count = 20 if quick else 100
    repeats = 3 if quick else 5
    rows: dict[str, dict] = {}
    scenarios: list[tuple[str, float | None]] = [("alone", None)]
    scenarios += [(f"cpu_thread_interval_{interval * 1000:g}ms", interval)
                  for interval in INTERVALS_S]
    for name, interval in scenarios:
        runs = [with_cpu_thread(count, interval) for _ in range(repeats)]
        rows[name] = {
            "switch_interval_s": interval,
            "io_seconds": statistics.median(run[0] for run in runs),
            "cpu_iterations_per_s": statistics.median(run[1] for run in runs),
        }
    alone = rows["alone"]["io_seconds"]
    for row in rows.values():
        row["io_slowdown"] = row["io_seconds"] / alone
        row["io_ms_per_wait"] = row["io_seconds"] / count * 1000
    best_rate = max(row["cpu_iterations_per_s"] for row in rows.values())
    for row in rows.values():
        row["cpu_rate_vs_best"] = (row["cpu_iterations_per_s"] / best_rate
                                   if row["switch_interval_s"] else None)
    return {
        "benchmark": "switch_interval",
        "quick": quick,
        "work": {"waits": count, "wait_microseconds": round(WAIT_S * 1e6)},
        "waits": count,
        "wait_seconds": WAIT_S,
        "repeats": repeats,
        "rows": rows,
    }


def summarise(results: dict) -> None:
    print(f"{results['waits']} blocking waits of {results['wait_seconds'] * 1000:g} ms, the "
          f"median of {results['repeats']} runs:")
    for name, row in results["rows"].items():
        print(f"  {name:<28} {row['io_ms_per_wait']:.3f} ms per wait, "
              f"{row['io_slowdown']:.1f}x slower than alone")


def main() -> None:
    cli(measure, summarise)


if __name__ == "__main__":
    main()
