"""The GIL: pure-Python work in N threads against hashlib.sha256 on large buffers in N threads.
hashlib releases the GIL while it hashes, so only the second runs in parallel on a GIL build."""

import concurrent.futures
import hashlib
import os
from collections.abc import Callable

from examples.benchmarks.measure import (
    cli,
    cores,
    gil_enabled,
    interleaved_best,
    plan,
    print_speedups,
    spin,
)
from examples.benchmarks.schema import Gil


def digest(buffer: bytes) -> str:
    """C work: sha256 releases the GIL while it hashes a buffer larger than 2 KiB."""
    return hashlib.sha256(buffer).hexdigest()


def measure(quick: bool = True) -> Gil:
    counts, tasks = plan(quick)
    buffer = os.urandom((16 if quick else 1024) * 2**20 // tasks)  # 16 MiB or 1 GiB in all
    iterations = (400_000 if quick else 16_000_000) // tasks
    workloads: dict[str, tuple[Callable, list]] = {
        "pure_python": (spin, [iterations] * tasks),
        "hashlib_sha256": (digest, [buffer] * tasks),
    }
    repeats = 3 if quick else 5
    series: dict = {}
    for name, (function, arguments) in workloads.items():
        function(arguments[0])  # warm up
        seconds, serial_seconds = [], []
        for count in counts:
            with concurrent.futures.ThreadPoolExecutor(count) as pool:
                list(pool.map(function, arguments[:count]))  # start the threads before timing
                baseline, elapsed = interleaved_best(  # serial timed in turns with the pool
                    lambda f=function, a=arguments: [f(x) for x in a],
                    lambda p=pool, f=function, a=arguments: list(p.map(f, a)), repeats)
            serial_seconds.append(baseline)
            seconds.append(elapsed)
        series[name] = {
            "threads": counts,
            "serial_seconds": serial_seconds,
            "seconds": seconds,
            "speedup": [b / e for b, e in zip(serial_seconds, seconds, strict=True)],
        }
    return {
        "benchmark": "gil",
        "quick": quick,
        "work": {"tasks": tasks, "iterations_per_task": iterations,
                 "buffer_bytes": len(buffer)},
        "cores": cores(),
        "gil_enabled": gil_enabled(),
        "tasks": tasks,
        "buffer_bytes": len(buffer),
        "iterations_per_task": iterations,
        "repeats": repeats,
        "timing": "interleaved best",
        "series": series,
    }


def summarise(results: dict) -> None:
    print_speedups(results, "speedup of N threads over serial", "threads", 15)


def main() -> None:
    cli(measure, summarise)


if __name__ == "__main__":
    main()
