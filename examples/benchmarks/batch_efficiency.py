"""Process-pool efficiency (speedup / workers) of a naive batch against a well-sized one: the
same pure-Python work, as a few uneven tasks in a fresh pool or many small ones in a warm pool."""

import concurrent.futures
import random

from examples.benchmarks.measure import cli, cores, median_time, pause, spin, worker_limit
from examples.benchmarks.schema import BatchEfficiency


def naive_batch(workers: int, sizes: list[int]) -> None:
    """What a first try looks like: the pool is created for the batch, tasks in given order."""
    with concurrent.futures.ProcessPoolExecutor(workers) as pool:
        list(pool.map(spin, sizes))


def run_in(pool: concurrent.futures.Executor, sizes: list[int]) -> None:
    list(pool.map(spin, sizes))


def measure(quick: bool = True) -> BatchEfficiency:
    workers = worker_limit(quick)
    per_worker = 200_000 if quick else 48_000_000  # about 2.5 s of work per worker in full
    # The naive batch: two uneven tasks per worker (sizes vary by a factor of up to 7).
    generator = random.Random(2021)
    weights = [generator.uniform(0.25, 1.75) for _ in range(2 * workers)]
    scale = per_worker * workers / sum(weights)
    naive = [int(weight * scale) for weight in weights]
    # The well-sized batch: the same work, each task cut into 16 pieces, largest first.
    pieces = 16
    well_sized = sorted((size // pieces for size in naive for _ in range(pieces)), reverse=True)
    spin(naive[0] // 10)  # warm up
    serial = median_time(lambda: [spin(size) for size in naive], 1)
    repeats = 3
    naive_seconds = median_time(lambda: naive_batch(workers, naive), repeats)
    with concurrent.futures.ProcessPoolExecutor(workers) as pool:
        list(pool.map(pause, [0.05] * workers))  # start every worker before timing
        warm_seconds = median_time(lambda: run_in(pool, naive), repeats)
        well_seconds = median_time(lambda: run_in(pool, well_sized), repeats)
    variants = {}
    for name, tasks, seconds in [("naive", naive, naive_seconds),
                                 ("naive_warm_pool", naive, warm_seconds),
                                 ("well_sized", well_sized, well_seconds)]:
        variants[name] = {
            "tasks": len(tasks),
            "seconds": seconds,
            "speedup": serial / seconds,
            "efficiency": serial / seconds / workers,
        }
    return {
        "benchmark": "batch_efficiency",
        "quick": quick,
        "work": {"workers": workers, "total_iterations": sum(naive)},
        "cores": cores(),
        "workers": workers,
        "serial_seconds": serial,
        "total_iterations": sum(naive),
        "repeats": repeats,
        "target_efficiency": 0.9,
        "variants": variants,
    }


def summarise(results: dict) -> None:
    print(f"{results['workers']} worker processes; efficiency = speedup / workers (ideal 1.0):")
    for name, data in results["variants"].items():
        print(f"  {name:<16} {data['tasks']:>4} tasks: speedup {data['speedup']:.2f}x, "
              f"efficiency {data['efficiency']:.2f}")


def main() -> None:
    cli(measure, summarise)


if __name__ == "__main__":
    main()
