"""Run every registered benchmark, under one or more interpreters, and save the results as JSON.

python -m examples.benchmarks.run                  # a quick run, printed, nothing saved
python -m examples.benchmarks.run --label NAME     # full run: docs/benchmarks/results/NAME.json
    [--python PATH ...]                            # also compare these interpreters
    [--only BENCHMARK ...]                         # re-run these, keep the file's other runs

Each benchmark runs in a fresh interpreter (python -m examples.benchmarks.NAME --json); its
results are checked against the benchmark's schema before they are kept.
"""

import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

from examples.benchmarks.measure import load_average
from examples.benchmarks.registry import BENCHMARKS, Benchmark
from examples.benchmarks.schema import SchemaError, check

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "docs" / "benchmarks" / "results"
# The file name only: a results file is published, the build machine's folders are not.
DESCRIBE = """
import json, os, platform, sys, sysconfig
print(json.dumps({
    "executable": os.path.basename(sys.executable),
    "version": platform.python_version(),
    "implementation": platform.python_implementation(),
    "build": sys.version.replace("\\n", " "),
    "free_threaded_build": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
    "gil_enabled": getattr(sys, "_is_gil_enabled", lambda: True)(),
    "name": "{}.{}{}".format(*sys.version_info[:2],
                             "t" if sysconfig.get_config_var("Py_GIL_DISABLED") else ""),
}))
"""


def describe_machine() -> dict:
    cpu_model = None
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu_model = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu_model = platform.processor() or None
    process_cpu_count = getattr(os, "process_cpu_count", None)
    return {
        "system": platform.system(),
        "release": platform.release(),
        "machine": platform.machine(),
        "cpu_model": cpu_model,
        "cpu_count": os.cpu_count(),
        "process_cpu_count": process_cpu_count() if process_cpu_count else None,
        "affinity": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None,
    }


def describe_python(executable: str) -> dict:
    run = subprocess.run([executable, "-c", DESCRIBE], capture_output=True, text=True,
                         encoding="utf-8", timeout=60, check=True)
    return json.loads(run.stdout)


def run_benchmark(executable: str, benchmark: Benchmark, full: bool, timeout: float) -> dict:
    """Run one benchmark module in a fresh interpreter and return its checked JSON results."""
    command = [executable, "-m", benchmark.module, "--json"]
    if full:
        command.append("--full")
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    loadavg = load_average()
    start = time.perf_counter()
    try:
        run = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                             encoding="utf-8", timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout:g} s"}
    if run.returncode != 0:
        return {"error": run.stderr.strip().splitlines()[-1] if run.stderr.strip()
                else f"exit status {run.returncode}"}
    results = json.loads(run.stdout.strip().splitlines()[-1])
    results["elapsed_seconds"] = time.perf_counter() - start
    results["loadavg"] = loadavg
    try:
        check(results, benchmark.schema, benchmark.name)
    except SchemaError as error:
        return {"error": f"results do not fit the schema: {error}"}
    return results


def wait_for_load(limit: float | None, patience: float) -> None:
    """Wait until the 1-minute load average is at most limit, for `patience` seconds at most:
    on a shared machine, a benchmark started while other jobs run measures them too."""
    if limit is None:
        return
    deadline = time.monotonic() + patience
    while ((load := load_average()) is not None and load[0] > limit
           and time.monotonic() < deadline):
        time.sleep(5)


def run_all(pythons: list[str], full: bool, only: list[str] | None, timeout: float,
            max_load: float | None = None, patience: float = 0) -> dict:
    started = time.perf_counter()
    results: dict = {
        "mode": "full" if full else "quick",
        "date": datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"),
        "machine": describe_machine(),
        "loadavg_before": load_average(),
        "interpreters": {},
        "skipped": [],
        "runs": {},
    }
    for position, executable in enumerate(pythons):
        try:
            info = describe_python(executable)
        except (OSError, subprocess.SubprocessError, ValueError) as error:
            results["skipped"].append({"python": executable, "reason": str(error)})
            continue
        name = info["name"]
        while name in results["interpreters"]:  # two builds of one version: keep both
            name += "+"
        results["interpreters"][name] = info
        for benchmark in BENCHMARKS.values():
            if (only and benchmark.name not in only) or (
                    position > 0 and not benchmark.every_interpreter):
                continue
            wait_for_load(max_load, patience)
            print(f"{name}: {benchmark.name} ...", flush=True)
            outcome = run_benchmark(executable, benchmark, full,
                                    timeout if full else min(timeout, benchmark.quick_timeout))
            if "error" in outcome:
                results["skipped"].append(
                    {"python": name, "benchmark": benchmark.name, "reason": outcome["error"]})
                continue
            results["runs"].setdefault(benchmark.name, {})[name] = outcome
    results["loadavg_after"] = load_average()
    results["duration_seconds"] = time.perf_counter() - started
    return results


def merge(previous: dict, results: dict, only: list[str]) -> dict:
    """previous with the runs of `only` replaced by those in results, and a note saying so."""
    merged = dict(previous)
    merged["runs"] = {**previous["runs"], **{name: results["runs"][name] for name in only
                                               if name in results["runs"]}}
    merged["interpreters"] = {**previous["interpreters"], **results["interpreters"]}
    merged["skipped"] = [s for s in previous["skipped"] if s.get("benchmark") not in only]
    merged["skipped"] += results["skipped"]
    load = results["loadavg_before"]
    merged["notes"] = [*previous.get("notes", []), (
        f"{', '.join(only)} re-run on {results['date'][:10]} ({results['mode']} run, "
        f"load average {load[0]:.1f} before, {results['loadavg_after'][0]:.1f} after)"
        if load else f"{', '.join(only)} re-run on {results['date'][:10]}")]
    return merged


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--label", help="save to docs/benchmarks/results/LABEL.json")
    parser.add_argument("--output", type=Path, help="save to this file instead")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--full", action="store_true", help="the full run (default with --label)")
    mode.add_argument("--quick", action="store_true", help="a quick run (default without)")
    parser.add_argument("--python", action="append", default=[], metavar="PATH",
                        help="another interpreter to compare (repeatable)")
    parser.add_argument("--only", action="append", metavar="BENCHMARK",
                        choices=list(BENCHMARKS), help="run only these")
    parser.add_argument("--timeout", type=float, default=300, help="seconds per benchmark")
    parser.add_argument("--max-load", type=float, metavar="LOAD",
                        help="before each benchmark, wait until the load average is at most this")
    parser.add_argument("--patience", type=float, default=300, metavar="SECONDS",
                        help="the longest wait for --max-load before each benchmark")
    args = parser.parse_args()
    saving = args.label or args.output
    full = args.full or (bool(saving) and not args.quick)
    results = run_all([sys.executable, *args.python], full, args.only, args.timeout,
                      args.max_load, args.patience)
    if saving:
        results["label"] = args.label or args.output.stem
        path = args.output or RESULTS / f"{args.label}.json"
        if args.only and path.is_file():
            results = merge(json.loads(path.read_text(encoding="utf-8")), results, args.only)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
        print(f"saved {path}")
    for benchmark, by_python in results["runs"].items():
        print(f"{benchmark}: ran under {', '.join(by_python)}")
    for skipped in results["skipped"]:
        print(f"skipped: {skipped}")


if __name__ == "__main__":
    main()
