"""CPU-bound scaling: the same pure-Python work run serially, then split over 1, 2, 4 ... cores
workers in threads, processes and (Python 3.14+) sub-interpreters; speedups against serial,
the serial run timed in turns with each pool so that both see the same load."""

import concurrent.futures
from collections.abc import Callable

from examples.benchmarks.measure import (
    cli,
    cores,
    gil_enabled,
    interleaved_best,
    pause,
    plan,
    print_speedups,
    spin,
)
from examples.benchmarks.schema import CpuScaling


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


def measure(quick: bool = True) -> CpuScaling:
    counts, tasks = plan(quick)  # several tasks per worker at every count, the same tasks for all
    # Full: at least ~0.4 s of work per worker at the highest count, so that dispatch costs
    # stay small beside the work (about 5 s serial on 16 cores).
    total_iterations = 400_000 if quick else max(24_000_000, 6_000_000 * cores())
    per_task = total_iterations // tasks
    work = [per_task] * tasks
    repeats = 3 if quick else 5
    spin(per_task)  # warm up: the first calls run before the interpreter has specialised them

    def serial() -> None:
        for size in work:
            spin(size)

    factories, skipped = executor_factories()
    series: dict = {}
    for name, factory in factories.items():
        seconds, serial_seconds = [], []
        for count in counts:
            with factory(count) as executor:
                list(executor.map(pause, [0.05] * count))  # start every worker before timing
                # The serial baseline is timed in turns with this pool, not once for all.
                baseline, elapsed = interleaved_best(
                    serial, lambda ex=executor: list(ex.map(spin, work)), repeats)
            serial_seconds.append(baseline)
            seconds.append(elapsed)
        speedups = [base / elapsed for base, elapsed in zip(serial_seconds, seconds, strict=True)]
        series[name] = {
            "workers": counts,
            "seconds": seconds,
            "serial_seconds": serial_seconds,
            "speedup": speedups,
            "efficiency": [s / c for s, c in zip(speedups, counts, strict=True)],
        }
    return {
        "benchmark": "cpu_scaling",
        "quick": quick,
        "work": {"tasks": tasks, "iterations_per_task": per_task},
        "cores": cores(),
        "gil_enabled": gil_enabled(),
        "tasks": tasks,
        "iterations_per_task": per_task,
        "repeats": repeats,
        "timing": "interleaved best",
        "serial_seconds": min(s for data in series.values() for s in data["serial_seconds"]),
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
