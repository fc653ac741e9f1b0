"""One renderer per kind of benchmark: results in, a Markdown fragment (caption, table, inline
SVG chart, the data behind them) out. Nothing here reads or writes files.

Runs reach a table or chart only through a Comparison, which refuses (UnequalWork) to put runs
that did different work side by side, and every caption says what work its rows did.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from examples.benchmarks.charts import bar_chart, line_chart
from examples.benchmarks.schema import ResultsFile, Work

TIMES = "\u00d7"  # the multiplication sign
NAMES = {
    "threads": "threads", "processes": "processes", "interpreters": "InterpreterPoolExecutor",
    "pure_python": "pure-Python work", "hashlib_sha256": "hashlib.sha256",
    "naive": "naive batch", "naive_warm_pool": "naive batch, warm pool",
    "well_sized": "well-sized batch", "direct_calls": "direct calls",
    "thread_per_job": "a new Thread per job", "thread_pool_executor": "ThreadPoolExecutor",
    "multiprocessing_thread_pool": "multiprocessing.pool.ThreadPool",
    "direct_call": "direct call", "run_in_executor": "run_in_executor (default executor)",
    "to_thread": "asyncio.to_thread",
    "run_in_executor_1_thread": "run_in_executor (1-thread pool)",
    "task_switch": "event-loop task switch", "thread_switch": "switch between two threads",
}


class UnequalWork(ValueError):
    """Runs that did different work were about to be compared in one table or chart."""


@dataclass(frozen=True)
class Comparison:
    """Runs of one benchmark (interpreter name -> run) that did the same work."""

    benchmark: str
    work: Work
    runs: dict[str, dict[str, Any]]
    normalised: str | None = None  # "per loop iteration": the values shown are divided by it

    @classmethod
    def of(cls, benchmark: str, runs: dict[str, dict[str, Any]]) -> "Comparison":
        """The runs as one comparison; UnequalWork if they did not all do the same work."""
        works = {python: run["work"] for python, run in runs.items()}
        if len({repr(sorted(work.items())) for work in works.values()}) > 1:
            detail = "; ".join(f"{python}: {work}" for python, work in works.items())
            raise UnequalWork(f"{benchmark}: these runs did different work and cannot be "
                              f"compared side by side ({detail})")
        return cls(benchmark, next(iter(works.values())), runs)

    @classmethod
    def groups(cls, benchmark: str, runs: dict[str, dict[str, Any]]) -> list["Comparison"]:
        """The runs split into comparisons of equal work, in the order they were run."""
        grouped: dict[str, dict[str, dict[str, Any]]] = {}
        for python, run in runs.items():
            grouped.setdefault(repr(sorted(run["work"].items())), {})[python] = run
        return [cls.of(benchmark, group) for group in grouped.values()]

    @classmethod
    def per_unit(cls, benchmark: str, runs: dict[str, dict[str, Any]],
                 unit: str) -> "Comparison":
        """Runs of different sizes compared per unit of work (each value divided by its count)."""
        return cls(benchmark, {}, runs, normalised=f"per {unit}")


@dataclass
class Fragment:
    text: str
    comparisons: list[Comparison] = field(default_factory=list)


# --------------------------------------------------------------------------- formatting
def ratio(value: float) -> str:
    if value >= 100:
        return f"{value:,.0f}{TIMES}"
    return f"{value:.1f}{TIMES}" if value >= 10 else f"{value:.2f}{TIMES}"


def size(number: int) -> str:
    for unit, scale in (("MiB", 2**20), ("KiB", 2**10)):
        if number >= scale:
            return f"{number // scale} {unit}"
    return f"{number} B"


def seconds(value: float) -> str:
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:.1f} ms"
    return f"{value * 1e6:.2f} µs" if value >= 1e-6 else f"{value * 1e9:.1f} ns"


def table(header: list[str], rows: list[list[str]], indent: str = "") -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(indent + line for line in lines)


def interpreter_name(results: ResultsFile, name: str) -> str:
    info = results["interpreters"][name]
    if info["free_threaded_build"]:
        return f"{name}, {'GIL enabled' if info['gil_enabled'] else 'no GIL'}"
    return name


def caption(results: ResultsFile, pythons: list[str], work: str,
            runs: list[dict[str, Any]] | None = None) -> str:
    """Where, with what and when it was measured, the load, and the work every row did."""
    machine = results["machine"]
    cores = machine["process_cpu_count"] or machine["affinity"] or machine["cpu_count"]
    builds = "; ".join(
        f"{info['implementation']} {info['version']}"
        f" ({'free-threaded, ' if info['free_threaded_build'] else ''}"
        f"GIL {'enabled' if info['gil_enabled'] else 'disabled'})"
        for info in (results["interpreters"][name] for name in pythons))
    load = ""
    starts = [run["loadavg"][0] for run in runs or [] if run.get("loadavg")]
    if runs and len(starts) == len(runs):  # each run's own load: a file may merge several runs
        low, high = min(starts), max(starts)
        load = f"; load average {low:.1f}" + (f" to {high:.1f}" if high - low >= 0.05 else "")
        load += " as " + ("this run" if len(runs) == 1 else "these runs") + " began"
    elif results.get("loadavg_before") and results.get("loadavg_after"):
        load = (f"; load average {results['loadavg_before'][0]:.1f} before, "
                f"{results['loadavg_after'][0]:.1f} after")
    return (f"*Measured on **{results['label']}** ({machine['cpu_model'] or machine['machine']},"
            f" {cores} cores, {machine['system']}) with {builds}, {results['date'][:10]}, "
            f"{results['mode']} run{load}. Work: {work}.*")


def details(results: ResultsFile, benchmark: str, data: str) -> str:
    return f'??? info "The data: {benchmark} on {results["label"]}"\n\n{data}'


def chart(svg: str) -> str:
    return '<div class="benchmark-chart">\n' + svg + "</div>"


def timing_note(run: dict[str, Any]) -> str:
    if run.get("timing") == "interleaved best":
        return (f"best of {run['repeats']} runs each, the serial run timed in turns with each "
                "pool (so both saw the same load)")
    return (f"medians of {run['repeats']} runs, the serial run timed once before the pools "
            "(results from before the interleaved timing)")


# --------------------------------------------------------------------------- kinds of renderer
Describe = Callable[[Work], str]
Renderer = Callable[[ResultsFile, str, Describe], Fragment | None]


def scaling(counts_key: str, what: str, title: str, serial_cost: bool = False) -> Renderer:
    """Speedup over serial at 1, 2, 4 ... workers: a table and a line chart with the ideal, one
    per group of runs that did the same work; with serial_cost, a table of each interpreter's
    serial time per loop iteration."""

    def render(results: ResultsFile, benchmark: str, describe: Describe) -> Fragment | None:
        runs = results["runs"].get(benchmark, {})
        if not runs:
            return None
        label = results["label"]
        comparisons = Comparison.groups(benchmark, runs)
        parts, data_rows, notes = [], [], []
        for number, comparison in enumerate(comparisons, start=1):
            found = [(f"{NAMES[key]} ({interpreter_name(results, python)})", python, data)
                     for python, run in comparison.runs.items()
                     for key, data in run["series"].items()]
            counts = found[0][2][counts_key]
            rows = [[name, *[ratio(s) for s in data["speedup"]]] for name, _, data in found]
            pythons = list(comparison.runs)
            parts.append(
                caption(results, pythons, describe(comparison.work),
                        list(comparison.runs.values())) + "\n\n"
                + "Speedup over the same work done serially (higher is better; the ideal is "
                + f"the number of {counts_key}):\n\n"
                + table([f"{what} / {counts_key}", *[str(c) for c in counts]], rows))
            names = ", ".join(pythons)
            suffix = "" if len(comparisons) == 1 else f" ({names})"
            parts.append(chart(line_chart(
                f"{label}-{benchmark}-{number}", f"{title} on {label}{suffix}",
                f"Speedup against the number of {counts_key}, one line per {what.lower()}, "
                "with the ideal (speedup equal to the count) dotted.",
                f"{counts_key} (log scale)", "speedup over serial",
                [(c, str(c)) for c in counts],
                [(name, counts, data["speedup"]) for name, _, data in found], ideal=True)))
            for name, _, data in found:
                for count, elapsed, serial, speed in zip(
                        counts, data["seconds"], data["serial_seconds"], data["speedup"],
                        strict=True):
                    data_rows.append([name, str(count), seconds(elapsed), seconds(serial),
                                      ratio(speed), f"{speed / count:.2f}"])
            for python, run in comparison.runs.items():
                notes.append(f"{python}: {timing_note(run)}")
                notes += [f"{python}: {key} skipped ({reason})"
                          for key, reason in run.get("skipped", {}).items()]
        if serial_cost:
            comparisons += per_iteration(results, benchmark, runs, parts)
        data = table([what, counts_key, "time", "serial time", "speedup", "efficiency"],
                     data_rows, indent="    ")
        data += "\n\n    " + "; ".join(notes) + "."
        parts.append(details(results, benchmark, data))
        return Fragment("\n\n".join(parts) + "\n", comparisons)

    return render


def per_iteration(results: ResultsFile, benchmark: str, runs: dict[str, dict[str, Any]],
                  parts: list[str]) -> list[Comparison]:
    """The single-thread cost of each build: the serial time divided by the loop iterations it
    ran, so that runs of different sizes compare fairly."""
    if len(runs) < 2 or any("iterations_per_task" not in run for run in runs.values()):
        return []
    comparison = Comparison.per_unit(benchmark, runs, "loop iteration")
    first = None
    rows = []
    for python, run in runs.items():
        iterations = run["tasks"] * run["iterations_per_task"]
        serial = run["serial_seconds"]
        per = serial / iterations
        first = first or per
        rows.append([interpreter_name(results, python), f"{iterations:,}", seconds(serial),
                     seconds(per), ratio(per / first)])
    first_name = interpreter_name(results, next(iter(runs)))
    parts.append(
        "Single-thread cost: the serial run's time divided by the loop iterations it ran "
        f"(lower is better; relative to {first_name}):\n\n"
        + table(["interpreter", "iterations", "serial time", "per iteration",
                 f"relative to {first_name}"], rows))
    return [comparison]


def per_interpreter(ratio_key: str, absolute_key: str, heading: str, what: str,
                    note: Callable[[dict[str, Any]], str]) -> Renderer:
    """Ratios to a baseline, one column (and one bar) per interpreter, all on the same work."""

    def render(results: ResultsFile, benchmark: str, describe: Describe) -> Fragment | None:
        runs = results["runs"].get(benchmark, {})
        if not runs:
            return None
        comparison = Comparison.of(benchmark, runs)
        pythons = list(runs)
        first = runs[pythons[0]]
        keys = list(first[ratio_key])
        rows = [[NAMES[k], *[ratio(runs[p][ratio_key][k]) for p in pythons]] for k in keys]
        summary = (caption(results, pythons, describe(comparison.work), list(runs.values()))
                   + "\n\n" + note(first)
                   + "\n\n" + table([heading, *[interpreter_name(results, p) for p in pythons]],
                                    rows))
        svg = bar_chart(f"{results['label']}-{benchmark}", f"{what} on {results['label']}",
                        f"One bar per interpreter for each {heading}: {what.lower()}.",
                        f"{what.lower()} (log scale)", [NAMES[k] for k in keys],
                        [(interpreter_name(results, p), [runs[p][ratio_key][k] for k in keys])
                         for p in pythons], shown=ratio, log=True)
        per = "per run of all jobs" if absolute_key == "seconds" else "per operation"
        data = table([heading, *[f"{interpreter_name(results, p)}, {per}" for p in pythons]],
                     [[NAMES[k], *[seconds(runs[p][absolute_key][k]) for p in pythons]]
                      for k in keys], indent="    ")
        data += f"\n\n    Medians of {first['repeats']} runs."
        text = "\n\n".join([summary, chart(svg), details(results, benchmark, data)]) + "\n"
        return Fragment(text, [comparison])

    return render


def one_interpreter(draw: Callable[[ResultsFile, str, dict[str, Any]],
                                   tuple[str, str | None, str]]) -> Renderer:
    """A benchmark run by the first interpreter only: draw(results, python, run) gives the
    summary, the SVG (or None) and the data."""

    def render(results: ResultsFile, benchmark: str, describe: Describe) -> Fragment | None:
        runs = results["runs"].get(benchmark, {})
        if not runs:
            return None
        python, run = next(iter(runs.items()))
        comparison = Comparison.of(benchmark, {python: run})
        summary, svg, data = draw(results, python, run)
        parts = [caption(results, [python], describe(run["work"]), [run]) + "\n\n" + summary]
        if svg is not None:
            parts.append(chart(svg))
        parts.append(details(results, benchmark, data))
        return Fragment("\n\n".join(parts) + "\n", [comparison])

    return render


# --------------------------------------------------------------------------- one benchmark each
def start_methods(results: ResultsFile, python: str, run: dict[str, Any]) -> tuple:
    methods = list(run["methods"])
    base, workers = run["baseline"], run["pool_workers"]
    rows = [[m, ratio(run["methods"][m]["process_ratio"]), ratio(run["methods"][m]["pool_ratio"])]
            for m in methods]
    summary = (f"Start-up cost relative to `{base}` (lower is better; the default here is "
               f"`{run['default_method']}`):\n\n"
               + table(["start method", "start and join one process",
                        f"start a Pool of {workers}, run {workers} tasks, stop it"], rows))
    svg = bar_chart(f"{results['label']}-start_methods",
                    f"Process start-up cost relative to {base} on {results['label']}",
                    "Bars per start method: one process, and a pool, relative to fork.",
                    f"cost relative to {base} (log scale)", methods,
                    [("one process", [run["methods"][m]["process_ratio"] for m in methods]),
                     (f"a Pool of {workers}", [run["methods"][m]["pool_ratio"] for m in methods])],
                    shown=ratio, log=True)
    data = table(["start method", "one process", f"a Pool of {workers}"],
                 [[m, seconds(run["methods"][m]["process_seconds"]),
                   seconds(run["methods"][m]["pool_seconds"])] for m in methods], indent="    ")
    data += (f"\n\n    Medians of {run['repeats']['process']} process starts and "
             f"{run['repeats']['pool']} pool starts, after one warm-up start per method.")
    return summary, svg, data


def batch_efficiency(results: ResultsFile, python: str, run: dict[str, Any]) -> tuple:
    variants = run["variants"]
    rows = [[NAMES[k], str(v["tasks"]), ratio(v["speedup"]), f"{v['efficiency']:.2f}"]
            for k, v in variants.items()]
    summary = (f"The same pure-Python work in a pool of {run['workers']} processes; "
               f"efficiency = speedup ÷ workers (ideal 1.00, target "
               f"{run['target_efficiency']:.2f}):\n\n"
               + table(["batch", "tasks", "speedup", "efficiency"], rows))
    svg = bar_chart(f"{results['label']}-batch_efficiency",
                    f"Process-pool efficiency on {results['label']} ({run['workers']} workers)",
                    "Efficiency of each batch, with the target and the ideal marked.",
                    "efficiency (speedup ÷ workers)", [NAMES[k] for k in variants],
                    [("efficiency", [v["efficiency"] for v in variants.values()])],
                    shown=lambda value: f"{value:.2f}",
                    marks=[(run["target_efficiency"], "target"), (1.0, "ideal")])
    data = table(["batch", "tasks", "median time", "serial time", "speedup", "efficiency"],
                 [[NAMES[k], str(v["tasks"]), seconds(v["seconds"]),
                   seconds(run["serial_seconds"]), ratio(v["speedup"]),
                   f"{v['efficiency']:.2f}"] for k, v in variants.items()], indent="    ")
    data += ("\n\n    The naive batch includes starting the pool; medians of "
             f"{run['repeats']} runs.")
    return summary, svg, data


def chunksize(results: ResultsFile, python: str, run: dict[str, Any]) -> tuple:
    labels = [f"chunksize {c}" + (" (tuned)" if c == run["tuned_chunksize"] else "")
              for c in run["chunksizes"]]
    rows = [[label, ratio(gain), ratio(slow)] for label, gain, slow in
            zip(labels, run["gain_over_chunksize_1"], run["slowdown_over_serial"], strict=True)]
    summary = (f"Tiny tasks through `Pool.map` with {run['workers']} workers:\n\n"
               + table(["chunksize", "faster than chunksize 1", "slower than a plain loop"],
                       rows))
    svg = bar_chart(f"{results['label']}-chunksize",
                    f"Pool.map speed-up over chunksize 1 on {results['label']}",
                    "One bar per chunksize: how many times faster than chunksize 1.",
                    "times faster than chunksize 1 (log scale)", labels,
                    [("gain", run["gain_over_chunksize_1"])], shown=ratio, log=True)
    data = table(["chunksize", "median time", "plain loop"],
                 [[label, seconds(t), seconds(run["serial_seconds"])]
                  for label, t in zip(labels, run["seconds"], strict=True)], indent="    ")
    return summary, svg, data


def payload(results: ResultsFile, python: str, run: dict[str, Any]) -> tuple:
    rows = [[size(s), ratio(r), f"{m:,.0f} MiB/s"] for s, r, m in
            zip(run["sizes"], run["ratio_to_1_byte"], run["mib_per_second"], strict=True)]
    summary = ("A payload sent to a worker process and back (`ProcessPoolExecutor`, pickled "
               "both ways), relative to a 1-byte round trip:\n\n"
               + table(["payload", "round trip vs 1 byte", "throughput"], rows))
    svg = line_chart(f"{results['label']}-payload",
                     f"Round trip to a worker process by payload size on {results['label']}",
                     "Round-trip time relative to a 1-byte payload, against payload size.",
                     "payload size (log scale)", "times the 1-byte round trip",
                     [(s, size(s)) for s in run["sizes"]],
                     [("round trip", run["sizes"], run["ratio_to_1_byte"])], y_log=True)
    data = table(["payload", "median round trip"],
                 [[size(s), seconds(t)] for s, t in zip(run["sizes"], run["seconds"],
                                                        strict=True)], indent="    ")
    data += f"\n\n    Medians of {run['repeats']} round trips per size."
    return summary, svg, data


def connections(results: ResultsFile, python: str, run: dict[str, Any]) -> tuple:
    rounds = run["rounds"]
    counts = sorted({r["clients"] for r in rounds})
    by = {(r["server"], r["clients"]): r for r in rounds}

    def mib(value: float | None) -> str:
        return "not measured" if value is None else f"{value:,.1f} MiB"

    rows = []
    for clients in counts:
        memory_ratio = run["memory_ratio_asyncio_to_threads"].get(str(clients))
        rows.append([f"{clients:,}", str(by["asyncio", clients]["errors"]),
                     str(by["threads", clients]["errors"]),
                     "not measured" if memory_ratio is None else f"{memory_ratio:.2f}"])
    summary = ("Echo servers holding N concurrent clients on 127.0.0.1 (clients in another "
               "process); the memory ratio is the asyncio server's memory growth over the "
               "thread-per-connection server's (lower is better):\n\n"
               + table(["clients", "asyncio errors", "threads errors",
                        "memory, asyncio ÷ threads"], rows))
    svg = None
    if all(r["server_rss_growth_mib"] is not None for r in rounds):
        svg = bar_chart(f"{results['label']}-connections",
                        f"Server memory growth with N clients on {results['label']}",
                        "Memory growth of each server while it holds N connections.",
                        "resident memory growth (MiB)", [f"{c:,} clients" for c in counts],
                        [(f"{server} server", [by[server, c]["server_rss_growth_mib"]
                                               for c in counts])
                         for server in ("asyncio", "threads")],
                        shown=lambda value: f"{value:,.0f}")
    data = table(["server", "clients", "held at once", "errors", "wall time", "memory growth",
                  "peak memory"],
                 [[r["server"], f"{r['clients']:,}", f"{r['peak_connections']:,}",
                   str(r["errors"]),
                   "timed out" if r["wall_seconds"] is None else seconds(r["wall_seconds"]),
                   mib(r["server_rss_growth_mib"]), mib(r["server_peak_rss_mib"])]
                  for r in rounds], indent="    ")
    data += ("\n\n    Wall time: from the first connect until every client has its echo. "
             f"Open-file limit raised to {run['file_limit']}.")
    return summary, svg, data
