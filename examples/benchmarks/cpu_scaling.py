"""CPU-bound scaling: the same pure-Python work run serially, then split over 1, 2, 4 ... cores
workers in threads, processes and (Python 3.14+) sub-interpreters; speedups against serial."""

import concurrent.futures
from collections.abc import Callable

from examples.benchmarks.measure import (
    cli,
    cores,
    gil_enabled,
    median_time,
    pause,
    plan,
    print_speedups,
    spin,
)


def executor_factories() -> tuple[dict[str, Callable[[int], concurrent.futures.Executor]],
                                  dict[str, str]]:
    factories: dict[str, Callable[[int], concurrent.futures.Executor]] = {
        "threads": concurrent.futures.ThreadPoolExecutor,
        "processes": concurrent.futures.ProcessPoolExecutor,
    }
    skipped = {}
    if hasattr(concurrent.futures, "InterpreterPoolExecutor"):  # Python 3.14+
        factories["interpreters"] = concurrent.futures.InterpreterPoolExecutor
    else:
        skipped["interpreters"] = "needs Python 3.14 (concurrent.futures.InterpreterPoolExecutor)"
    return factories, skipped


def measure(quick: bool = True) -> dict:
    counts, tasks = plan(quick)  # several tasks per worker at every count, the same tasks for all
    # Full: at least ~0.4 s of work per worker at the highest count, so that dispatch costs
    # stay small beside the work (about 5 s serial on 16 cores).
    total_iterations = 400_000 if quick else max(24_000_000, 6_000_000 * cores())
    per_task = total_iterations // tasks
    work = [per_task] * tasks
    repeats = 3
    spin(per_task)  # warm up: the first calls run before the interpreter has specialised them
    serial = median_time(lambda: [spin(size) for size in work], repeats)
    factories, skipped = executor_factories()
    series = {}
    for name, factory in factories.items():
        seconds = []
        for count in counts:
            with factory(count) as executor:
                list(executor.map(pause, [0.05] * count))  # start every worker before timing
                seconds.append(median_time(lambda ex=executor: list(ex.map(spin, work)), repeats))
        speedups = [serial / elapsed for elapsed in seconds]
        series[name] = {
            "workers": counts,
            "seconds": seconds,
            "speedup": speedups,
            "efficiency": [s / c for s, c in zip(speedups, counts, strict=True)],
        }
    return {
        "benchmark": "cpu_scaling",
        "quick": quick,
        "cores": cores(),
        "gil_enabled": gil_enabled(),
        "tasks": tasks,
        "iterations_per_task": per_task,
        "repeats": repeats,
        "serial_seconds": serial,
        "series": series,
        "skipped": skipped,
    }


def summarise(results: dict) -> None:
    print_speedups(results, "speedup over serial (1.0 = no gain)", "workers", 12)
    for name, reason in results["skipped"].items():
        print(f"  {name:<12} skipped: {reason}")


def main() -> None:
    cli(measure, summarise)


if __name__ == "__main__":
    main()
