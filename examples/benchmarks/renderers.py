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


def milliseconds(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,.0f} ms" if value >= 100 else f"{value:.1f} ms"


def outcomes(counts: dict[str, int]) -> str:
    """{"correct": 1000} -> "all 1,000 correct"; mixed outcomes listed, largest first."""
    if len(counts) == 1:
        [(outcome, number)] = counts.items()
        return f"all {number:,} {outcome}"
    return ", ".join(f"{number:,} {outcome}" for outcome, number in
                     sorted(counts.items(), key=lambda item: -item[1]))


def queue_bound(results: ResultsFile, python: str, run: dict[str, Any]) -> tuple:
    rows = run["rows"]
    summary = (f"A producer thread puts {run['items']:,} items of {size(run['item_bytes'])} as "
               "fast as the queue lets it; one consumer thread spends "
               f"{run['consumer_seconds_per_item'] * 1000:g} ms on each. Only the bound "
               "changes (memory traced by `tracemalloc`; ratios to the unbounded queue):\n\n"
               + table(["queue", "largest backlog", "peak memory", "median wait",
                        "99th-percentile wait", "total time"],
                       [[name, f"{row['peak_backlog']:,}",
                         f"{row['peak_mib']:.1f} MiB ({row['memory_vs_unbounded']:.2f})",
                         f"{milliseconds(row['median_wait_ms'])} "
                         f"({row['median_wait_vs_unbounded']:.2f})",
                         milliseconds(row["p99_wait_ms"]),
                         f"{seconds(row['total_seconds'])} "
                         f"({row['total_time_vs_unbounded']:.2f})"]
                        for name, row in rows.items()]))
    data = table(["queue", "maxsize", "total time", "peak memory", "median wait", "p99 wait"],
                 [[name, str(row["maxsize"]), seconds(row["total_seconds"]),
                   f"{row['peak_mib']:.3f} MiB", f"{row['median_wait_ms']:.2f} ms",
                   f"{row['p99_wait_ms']:.2f} ms"] for name, row in rows.items()],
                 indent="    ")
    data += (f"\n\n    Each row is the run with the median total time of {run['repeats']}; "
             "maxsize 0 is unbounded.")
    return summary, None, data


def switch_interval(results: ResultsFile, python: str, run: dict[str, Any]) -> tuple:
    def name(row: dict[str, Any]) -> str:
        interval = row["switch_interval_s"]
        if interval is None:
            return "alone"
        default = " (default)" if interval == 0.005 else ""
        return f"beside a busy thread, interval {interval * 1000:g} ms{default}"

    rows = list(run["rows"].values())
    wait = f"{run['wait_seconds'] * 1000:g} ms"
    summary = (f"One thread makes {run['waits']} blocking waits of {wait}, alone and next to a "
               "thread spinning in a pure-Python loop, at three switch intervals (medians of "
               f"{run['repeats']} runs; the slowdown is relative to the thread alone):\n\n"
               + table(["I/O thread runs", f"ms per {wait} wait", "I/O slowdown",
                        "busy thread's loop rate (vs its best row)"],
                       [[name(row), f"{row['io_ms_per_wait']:.3f}", ratio(row["io_slowdown"]),
                         "—" if row["cpu_rate_vs_best"] is None
                         else f"{row['cpu_rate_vs_best']:.2f}"] for row in rows]))
    data = table(["I/O thread runs", "all waits", "busy loop iterations per second"],
                 [[name(row), seconds(row["io_seconds"]),
                   "—" if row["switch_interval_s"] is None
                   else f"{row['cpu_iterations_per_s']:,.0f}"] for row in rows], indent="    ")
    return summary, None, data


def sort_server(results: ResultsFile, python: str, run: dict[str, Any]) -> tuple:
    rounds, attack, stall = run["sort_throughput"], run["slow_client_attack"], run["loop_stall"]
    rows = [[f"{r['clients']:,} clients at once, one 100-number request each",
             f"{r['requests_per_s']:,.0f} requests/s; p50 {milliseconds(r['p50_ms'])}, "
             f"p99 {milliseconds(r['p99_ms'])}; {outcomes(r['outcomes'])}"] for r in rounds]
    if all(r["server_peak_rss_mib"] is not None for r in rounds):
        rows.append(["Server's peak RSS (main process)", ", ".join(
            f"{r['server_peak_rss_mib']:.0f} MiB at {r['clients']:,} clients" for r in rounds)])
    rows.append([f"A normal client, one request after another, while {attack['slow_clients']} "
                 "slow clients trickle a byte a second",
                 f"{attack['normal_requests']:,} requests in {attack['seconds']:g} s, "
                 f"{outcomes(attack['outcomes'])}: p50 {milliseconds(attack['p50_ms'])}, "
                 f"p99 {milliseconds(attack['p99_ms'])}, worst {milliseconds(attack['max_ms'])}"])
    rows.append([f"The event loop's longest stall, {stall['requests']} requests of "
                 f"{stall['request_bytes'] / 1e6:.1f} MB at once",
                 f"**before** (JSON parsed and encoded on the loop, only `sorted()` in the "
                 f"pool): {milliseconds(stall['before_ms'])}; **after** (bytes in and out of the "
                 f"pool): {milliseconds(stall['after_ms'])}"])
    summary = ("The sort service in its own process, its clients in the benchmark's, over "
               "127.0.0.1:\n\n" + table(["What", "Figure"], rows))
    data = table(["clients", "wall time", "requests/s", "p50", "p99", "outcomes"],
                 [[f"{r['clients']:,}", seconds(r["wall_s"]), f"{r['requests_per_s']:,.1f}",
                   f"{r['p50_ms']} ms", f"{r['p99_ms']} ms", outcomes(r["outcomes"])]
                  for r in rounds], indent="    ")
    data += ("\n\n    Throughput: every client connects at once (`--max-connections` set to the "
             "client count); latency from connecting to the whole reply.")
    return summary, None, data


def dns_server(results: ResultsFile, python: str, run: dict[str, Any]) -> tuple:
    rate, worst = run["dns_rate"], run["dns_worst_datagram"]
    cpu = ("" if rate["server_cpu_s"] is None else
           f"; the server used {rate['server_cpu_s']:.2f} s of CPU: "
           f"**{rate['queries_per_server_cpu_s']:,.0f} queries per CPU-second**")
    others = [f"{kind}: {cost:.1f} µs" for kind, cost in worst["per_kind_us"].items()
              if kind != worst["worst"]]
    rows = [[f"In-zone A queries, {run['work']['queries_in_flight']} in flight from a client "
             f"process, {rate['seconds']:.0f} s",
             f"{rate['in_zone_queries_per_s']:,.0f} queries/s answered ({rate['lost']:,} "
             f"lost){cpu}"],
            [f"The most expensive datagram of {len(worst['per_kind_us'])} crafted cases (CPU "
             "time of `answer()`)",
             f"**{worst['worst_us']:.0f} µs** ({worst['worst']}); " + "; ".join(others)]]
    summary = ("The DNS server in its own process, the client in another, over 127.0.0.1; "
               "query logging off:\n\n" + table(["What", "Figure"], rows))
    data = table(["crafted datagram", "CPU time of answer()"],
                 [[kind, f"{cost:.1f} µs"] for kind, cost in worst["per_kind_us"].items()],
                 indent="    ")
    data += (f"\n\n    Each datagram answered {run['work']['datagram_repeats']} times, CPU time "
             "(`time.process_time`) divided by that.")
    return summary, None, data


HTTP_WAYS = {
    "sequential": "sequentially, one session",
    "threads": "ThreadPoolExecutor, a kept-alive connection per thread",
    "semaphore": "asyncio, Semaphore",
    "connector": "asyncio, TCPConnector(limit=)",
    "unbounded": "asyncio, unbounded gather (default session)",
}


def statuses(counts: dict[str, int]) -> str:
    """{"200": 90, "TimeoutError": 10} -> "90 (times) 200, 10 (times) TimeoutError"."""
    return ", ".join(f"{number:,} {TIMES} {outcome}" for outcome, number in
                     sorted(counts.items(), key=lambda item: -item[1]))


def http_fetch(results: ResultsFile, python: str, run: dict[str, Any]) -> tuple:
    rounds, bound = run["rounds"], run["bound"]
    counts = sorted({r["resources"] for r in rounds})
    by = {(r["way"], r["resources"]): r for r in rounds}
    ways = [way for way in HTTP_WAYS if any(r["way"] == way for r in rounds)]

    def name(way: str) -> str:
        return HTTP_WAYS[way].replace("Semaphore", f"Semaphore({bound})").replace(
            "limit=", f"limit={bound}").replace("ThreadPoolExecutor", f"{bound} threads")

    def mib(value: float | None) -> str:
        return "not measured" if value is None else f"{value:,.1f} MiB"

    def rate(row: dict[str, Any]) -> str:
        value = row["requests_per_second"]
        return "timed out" if value is None else f"{value:,.0f}/s"

    parts = []
    for count in counts:
        rows = [[name(way), rate(r), milliseconds(r["p50_ms"]), milliseconds(r["p99_ms"]),
                 "—" if r["sockets_opened"] is None else f"{r['sockets_opened']:,}",
                 mib(r["client_rss_growth_mib"]),
                 f"{r['right']:,}" + ("" if r["outcomes"] == {"200": count} else
                                      f" ({statuses(r['outcomes'])})")]
                for way in ways if (r := by.get((way, count)))]
        parts.append(f"**N = {count:,}**\n\n" + table(
            ["way", "throughput", "p50", "p99", "sockets opened", "client memory growth",
             "right answers"], rows))
    summary = (f"Fetch N resources from the chapter's server (`server.py`, "
               f"{run['server_latency_seconds'] * 1000:g} ms an answer, no rate limit) in its "
               "own process, the client in another, on 127.0.0.1; every bounded way keeps "
               f"{bound} requests in flight. Latency is the time inside the client's request "
               "call, from asking for a connection to the whole body; sockets opened are the "
               "TCP connections the server saw:\n\n" + "\n\n".join(parts))
    svg = bar_chart(f"{results['label']}-http_fetch",
                    f"HTTP fetches per second by way and N on {results['label']}",
                    "One bar per N for each way: requests answered per second.",
                    "requests per second (log scale)", [name(way) for way in ways],
                    [(f"N = {count:,}", [by[way, count]["requests_per_second"]
                                         if (way, count) in by else None for way in ways])
                     for count in counts], shown=lambda value: f"{value:,.0f}", log=True)
    data = table(["way", "N", "wall time", "server held at once", "client peak memory",
                  "outcomes"],
                 [[r["way"], f"{r['resources']:,}",
                   "timed out" if r["wall_seconds"] is None else seconds(r["wall_seconds"]),
                   "—" if r["server_peak_in_flight"] is None
                   else f"{r['server_peak_in_flight']:,}",
                   mib(r["client_peak_rss_mib"]), statuses(r["outcomes"])] for r in rounds],
                 indent="    ")
    data += (f"\n\n    Each round: a fresh server process and a fresh client process; a "
             f"{run['request_timeout_seconds']:g} s timeout per request (waiting for a pooled "
             f"connection included), {run['round_timeout_seconds']:g} s per round. Memory "
             "growth: the client's peak resident memory less its resident memory before the "
             "first request.")
    return summary, svg, data
