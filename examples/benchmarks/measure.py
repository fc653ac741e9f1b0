"""What every benchmark module shares: the CPU work, the core and worker counts, the timing (the
median of repeated runs, or the best of runs taken in turns with their baseline) and the command
line (--full, --json); and, for the server benchmarks, starting a server script and reading its
memory and CPU time."""

import argparse
import contextlib
import json
import math
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path


def spin(iterations: int) -> int:
    """Pure-Python CPU work: it holds the GIL for its whole run on a GIL build."""
    total = 0
    for number in range(iterations):
        total += number * number % 7
    return total


def pause(seconds: float) -> float:
    """Keeps a worker busy for a moment, so that warming up a pool starts every worker."""
    time.sleep(seconds)
    return seconds


def cores() -> int:
    counter = getattr(os, "process_cpu_count", os.cpu_count)  # 3.13+: honours CPU affinity
    return counter() or 1


def worker_limit(quick: bool) -> int:
    """The most workers to use: 2 at most in a quick run, every core in a full one."""
    return min(cores(), 2) if quick else cores()


def worker_counts(limit: int) -> list[int]:
    """1, 2, 4 ... up to limit, and limit itself."""
    counts, count = [], 1
    while count < limit:
        counts.append(count)
        count *= 2
    return [*counts, limit]


def task_count(counts: list[int], at_least: int = 32) -> int:
    """A number of equal tasks that every worker count divides: several tasks per worker."""
    tasks = math.lcm(*counts)
    while tasks < at_least:
        tasks *= 2
    return tasks


def plan(quick: bool) -> tuple[list[int], int]:
    """The worker counts to compare (1, 2, 4 ... the limit) and how many equal tasks to share."""
    counts = worker_counts(worker_limit(quick))
    return counts, task_count(counts)


def gil_enabled() -> bool:
    return getattr(sys, "_is_gil_enabled", lambda: True)()


def print_speedups(results: dict, heading: str, counts_key: str, width: int) -> None:
    """Print each series' speedup over serial at each worker count."""
    gil = "GIL enabled" if results["gil_enabled"] else "GIL disabled"
    print(f"{results['cores']} cores, {gil}; {heading}:")
    for name, data in results["series"].items():
        pairs = zip(data[counts_key], data["speedup"], strict=True)
        print(f"  {name:<{width}} " + ", ".join(f"{n}: {s:.2f}x" for n, s in pairs))


def median_time(function: Callable[[], object], repeats: int) -> float:
    """Seconds taken by function(), the median of `repeats` runs."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def interleaved_best(baseline: Callable[[], object], variant: Callable[[], object],
                     repeats: int) -> tuple[float, float]:
    """Seconds taken by baseline() and by variant(): the best of `repeats` runs of each, taken in
    turns (baseline, variant, baseline, variant ...).

    A speedup divides two timings. Timed one after the other, minutes apart, on a machine that
    other jobs share, they are taken under different loads, and a baseline timed in a busy moment
    makes every speedup too high (above the ideal even). Taken in turns, both see the same
    moments; the shortest run of each is the least disturbed one.
    """
    baseline_times, variant_times = [], []
    for _ in range(repeats):
        for function, times in ((baseline, baseline_times), (variant, variant_times)):
            start = time.perf_counter()
            function()
            times.append(time.perf_counter() - start)
    return min(baseline_times), min(variant_times)


def load_average() -> list[float] | None:
    """The 1-, 5- and 15-minute load averages where the OS has them (not on Windows)."""
    return list(os.getloadavg()) if hasattr(os, "getloadavg") else None


# --------------------------------------------------------------------------- servers
def raise_file_limit(wanted: int) -> int | None:
    try:
        import resource
    except ImportError:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def peak_rss_kib(pid: int) -> float | None:
    """VmHWM of a running process (Linux); None elsewhere."""
    with contextlib.suppress(OSError, KeyError, ValueError):
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
        lines = [line.split(":", 1) for line in status.splitlines() if ":" in line]
        return float(dict(lines)["VmHWM"].split()[0])
    return None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far (Linux); None elsewhere."""
    with contextlib.suppress(OSError, IndexError, ValueError):
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
        fields = text.rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return None


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


@contextlib.contextmanager
def server_process(script: Path, *args: str
                   ) -> Iterator[tuple[subprocess.Popen, int]]:
    """Start a server script on a free port; yield (process, port); stop it."""
    group = ({"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
             if sys.platform == "win32" else {"start_new_session": True})
    command = [sys.executable, str(script), "--port", "0", *args]
    process = subprocess.Popen(command, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, **group)
    banner = process.stdout.readline().decode()

    def drain_output() -> None:  # a pipe nobody reads would stall the server
        while process.stdout.read(65536):
            pass

    drain = threading.Thread(target=drain_output, daemon=True)
    drain.start()
    try:
        yield process, int(banner.split()[2].rsplit(":", 1)[1])
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            if sys.platform != "win32":
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, 9)
            process.kill()
            process.wait()
        drain.join(5)
        process.stdout.close()



def parse_arguments(parser: argparse.ArgumentParser) -> argparse.Namespace:
    """Add --full and --json to a benchmark's parser and parse the command line."""
    parser.add_argument("--full", action="store_true", help="the full run (default: quick)")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    return parser.parse_args()


def cli(measure: Callable[..., dict], summarise: Callable[[dict], None],
        arguments: argparse.Namespace | None = None) -> None:
    """A benchmark's main(): measure (quick unless --full), then print JSON or a summary."""
    if arguments is None:
        description = sys.modules[measure.__module__].__doc__
        arguments = parse_arguments(argparse.ArgumentParser(description=description))
    results = measure(quick=not arguments.full)
    if arguments.json:
        print(json.dumps(results))
        return
    summarise(results)


def main() -> None:
    """A quick self-check of the helpers."""
    print(f"worker_counts(6) = {worker_counts(6)}, task_count([1, 2, 4, 6]) = "
          f"{task_count([1, 2, 4, 6])}, spin(10) = {spin(10)}")
    print(f"{cores()} cores, GIL {'enabled' if gil_enabled() else 'disabled'}; "
          f"median of 3 pauses of 1 ms: {median_time(lambda: pause(0.001), 3) * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
