"""Process start-up cost by start method (fork, forkserver, spawn): one Process started and
joined, and a Pool of N workers started, used once and stopped; ratios against fork."""

import multiprocessing

from examples.benchmarks.measure import cli, cores, median_time, worker_limit
from examples.benchmarks.schema import StartMethods


def noop(value: int = 0) -> int:
    return value


def start_one(context: multiprocessing.context.BaseContext) -> None:
    process = context.Process(target=noop)
    process.start()
    process.join()


def start_pool(context: multiprocessing.context.BaseContext, workers: int) -> None:
    with context.Pool(workers) as pool:
        pool.map(noop, range(workers), chunksize=1)


def measure(quick: bool = True) -> StartMethods:
    workers = worker_limit(quick)
    process_repeats, pool_repeats = (3, 1) if quick else (15, 5)
    methods = {}
    # fork first: it must not run in a process that already has helper threads.
    for method in sorted(multiprocessing.get_all_start_methods(), key=lambda m: m != "fork"):
        context = multiprocessing.get_context(method)
        start_one(context)  # warm up; for forkserver this also starts the server process
        methods[method] = {
            "process_seconds": median_time(lambda c=context: start_one(c), process_repeats),
            "pool_seconds": median_time(lambda c=context: start_pool(c, workers), pool_repeats),
        }
    baseline = methods.get("fork") or next(iter(methods.values()))
    for data in methods.values():
        data["process_ratio"] = data["process_seconds"] / baseline["process_seconds"]
        data["pool_ratio"] = data["pool_seconds"] / baseline["pool_seconds"]
    return {
        "benchmark": "start_methods",
        "quick": quick,
        "work": {"pool_workers": workers},
        "cores": cores(),
        "pool_workers": workers,
        "default_method": multiprocessing.get_start_method(),
        "baseline": "fork" if "fork" in methods else next(iter(methods)),
        "repeats": {"process": process_repeats, "pool": pool_repeats},
        "methods": methods,
    }


def summarise(results: dict) -> None:
    print(f"default start method: {results['default_method']}; "
          f"cost relative to {results['baseline']}:")
    for method, data in results["methods"].items():
        print(f"  {method:<11} one process {data['process_ratio']:.1f}x, "
              f"a pool of {results['pool_workers']} {data['pool_ratio']:.1f}x")


def main() -> None:
    cli(measure, summarise)


if __name__ == "__main__":
    main()
