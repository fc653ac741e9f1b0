"""Turn every results file in docs/benchmarks/results/ into SVG charts (docs/benchmarks/) and
Markdown fragments (docs/includes/benchmarks/<label>/) that the pages embed."""

import argparse
import html
import json
import math
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESULTS = ROOT / "docs" / "benchmarks" / "results"
CHARTS = ROOT / "docs" / "benchmarks"
FRAGMENTS = ROOT / "docs" / "includes" / "benchmarks"
# Mid-tone colours that read on a white and on a near-black page; each series also has its own
# dash pattern and marker, so the chart does not depend on colour alone.
COLOURS = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#9c755f", "#ff9da7"]
DASHES = ["", "6 3", "2 3", "9 3 2 3", "12 4", "4 2 1 2", "1 2", "8 2"]
TIMES = "\u00d7"  # the multiplication sign
STANDALONE_STYLE = ("<style>svg{color:#222}@media (prefers-color-scheme: dark)"
                    "{svg{color:#ddd}}</style>")
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
    return f"{value * 1e6:.2f} µs" if value >= 1e-6 else f"{value * 1e9:.0f} ns"


def table(header: list[str], rows: list[list[str]], indent: str = "") -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(indent + line for line in lines)


# --------------------------------------------------------------------------- SVG charts
def ticks_linear(top: float) -> list[float]:
    step = 10 ** math.floor(math.log10(top / 5)) if top > 0 else 1
    for factor in (1, 2, 5, 10):
        if top / (step * factor) <= 6:
            step *= factor
            break
    return [step * i for i in range(math.ceil(top / step) + 1)]


def ticks_log(low: float, high: float) -> list[float]:
    return [10.0**p for p in range(math.floor(math.log10(low)), math.ceil(math.log10(high)) + 1)]


def tick_label(value: float) -> str:
    if value >= 1000 or (value < 0.01 and value > 0):
        return f"{value:g}"
    return f"{value:g}"


class Svg:
    def __init__(self, chart_id: str, width: int, height: int, title: str,
                 description: str) -> None:
        self.id, self.width, self.height = chart_id, width, height
        self.title, self.description = title, description
        self.parts: list[str] = []

    def add(self, element: str) -> None:
        self.parts.append(element)

    def text(self, x: float, y: float, content: str, anchor: str = "middle", **extra: str) -> None:
        attributes = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in extra.items())
        self.add(f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="currentColor"'
                 f'{attributes}>{html.escape(content)}</text>')

    def render(self, standalone: bool) -> str:
        head = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {self.width} '
                f'{self.height}" width="100%" style="max-width:{self.width}px" role="img" '
                f'aria-labelledby="{self.id}-title {self.id}-desc" font-family="sans-serif" '
                f'font-size="12">')
        lines = [head, f'<title id="{self.id}-title">{html.escape(self.title)}</title>',
                 f'<desc id="{self.id}-desc">{html.escape(self.description)}</desc>']
        if standalone:
            lines.append(STANDALONE_STYLE)
        return "\n".join([*lines, *self.parts, "</svg>"]) + "\n"


def legend(svg: Svg, names: list[str], top: float, left: float, lines: bool) -> None:
    x, y = left, top
    for index, name in enumerate(names):
        width = 34 + 6.5 * len(name)
        if x + width > svg.width - 10:
            x, y = left, y + 18
        colour, dash = COLOURS[index % len(COLOURS)], DASHES[index % len(DASHES)]
        if lines:
            svg.add(f'<line x1="{x}" y1="{y - 4}" x2="{x + 24}" y2="{y - 4}" stroke="{colour}" '
                    f'stroke-width="2.5" stroke-dasharray="{dash}"/>')
        else:
            svg.add(f'<rect x="{x}" y="{y - 10}" width="24" height="10" fill="{colour}"/>')
        svg.text(x + 30, y, name, anchor="start")
        x += width


def legend_rows(names: list[str], width: int, left: float) -> int:
    x, rows = left, 1
    for name in names:
        step = 34 + 6.5 * len(name)
        if x + step > width - 10:
            x, rows = left, rows + 1
        x += step
    return rows


def line_chart(chart_id: str, title: str, description: str, x_label: str, y_label: str,
               x_ticks: list[tuple[float, str]], series: list[tuple[str, list[float], list[float]]],
               y_log: bool = False, ideal: bool = False) -> Svg:
    """x is always a log axis (workers 1, 2, 4 ..., payload bytes)."""
    width, left, right, top = 640, 64, 20, 36
    names = [name for name, _, _ in series] + (["ideal (y = x)"] if ideal else [])
    rows = legend_rows(names, width, left)
    height = 300 + 18 * rows
    plot_bottom = height - 58 - 18 * rows
    svg = Svg(chart_id, width, height, title, description)
    svg.text(width / 2, 20, title, font_weight="bold")
    xs = [value for value, _ in x_ticks]
    x_low, x_high = math.log(min(xs)), math.log(max(xs))
    values = [v for _, _, ys in series for v in ys if v > 0]
    if ideal:
        values += xs
    if y_log:
        y_ticks = ticks_log(min(values), max(values))
        y_low, y_high = math.log(y_ticks[0]), math.log(y_ticks[-1])
    else:
        y_ticks = ticks_linear(max(values) * 1.05)
        y_low, y_high = 0.0, y_ticks[-1]

    def px(value: float) -> float:
        span = (x_high - x_low) or 1
        return left + (math.log(value) - x_low) / span * (width - left - right)

    def py(value: float) -> float:
        position = math.log(value) if y_log else value
        return plot_bottom - (position - y_low) / ((y_high - y_low) or 1) * (plot_bottom - top)

    for tick in y_ticks:
        svg.add(f'<line x1="{left}" y1="{py(tick):.1f}" x2="{width - right}" y2="{py(tick):.1f}" '
                f'stroke="currentColor" stroke-opacity="0.15"/>')
        svg.text(left - 6, py(tick) + 4, tick_label(tick), anchor="end")
    for value, label in x_ticks:
        svg.add(f'<line x1="{px(value):.1f}" y1="{plot_bottom}" x2="{px(value):.1f}" '
                f'y2="{plot_bottom + 5}" stroke="currentColor"/>')
        svg.text(px(value), plot_bottom + 18, label)
    svg.add(f'<polyline points="{left},{top} {left},{plot_bottom} {width - right},{plot_bottom}" '
            f'fill="none" stroke="currentColor"/>')
    svg.text(left + (width - left - right) / 2, plot_bottom + 36, x_label)
    svg.text(16, (top + plot_bottom) / 2, y_label,
             transform=f"rotate(-90 16 {(top + plot_bottom) / 2:.1f})")
    drawn = list(series)
    if ideal:
        drawn.append(("ideal (y = x)", xs, xs))
    for index, (_, x_values, y_values) in enumerate(drawn):
        is_ideal = ideal and index == len(drawn) - 1
        colour = "currentColor" if is_ideal else COLOURS[index % len(COLOURS)]
        dash = "3 4" if is_ideal else DASHES[index % len(DASHES)]
        points = " ".join(f"{px(x):.1f},{py(y):.1f}"
                          for x, y in zip(x_values, y_values, strict=True) if y > 0)
        svg.add(f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2.5" '
                f'stroke-dasharray="{dash}"' + (' stroke-opacity="0.5"/>' if is_ideal else "/>"))
        if not is_ideal:
            for x, y in zip(x_values, y_values, strict=True):
                if y > 0:
                    svg.add(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3.5" '
                            f'fill="{colour}"/>')
    legend(svg, names, plot_bottom + 58, left, lines=True)
    return svg


def bar_chart(chart_id: str, title: str, description: str, value_label: str,
              categories: list[str], series: list[tuple[str, list[float | None]]],
              log: bool = False, marks: list[tuple[float, str]] | None = None) -> Svg:
    """Horizontal bars: one group per category, one bar per series."""
    width, left, right, top, bar = 640, 230, 30, 36, 14
    group = bar * len(series) + 10
    names = [name for name, _ in series]
    rows = legend_rows(names, width, left) if len(series) > 1 else 0
    plot_bottom = top + group * len(categories)
    height = plot_bottom + 50 + 18 * rows
    svg = Svg(chart_id, width, height, title, description)
    svg.text(width / 2, 20, title, font_weight="bold")
    values = [v for _, vs in series for v in vs if v] + [m for m, _ in marks or []]
    if log:
        ticks = ticks_log(min(min(values), 1.0), max(values))
        low, high = math.log(ticks[0]), math.log(ticks[-1])
    else:
        ticks = ticks_linear(max(values) * 1.05)
        low, high = 0.0, ticks[-1]

    def px(value: float) -> float:
        position = math.log(value) if log else value
        return left + (position - low) / ((high - low) or 1) * (width - left - right)

    for tick in ticks:
        svg.add(f'<line x1="{px(tick):.1f}" y1="{top}" x2="{px(tick):.1f}" y2="{plot_bottom}" '
                f'stroke="currentColor" stroke-opacity="0.15"/>')
        svg.text(px(tick), plot_bottom + 16, tick_label(tick))
    for index, category in enumerate(categories):
        y = top + index * group + 5
        svg.text(left - 8, y + group / 2, category, anchor="end")
        for position, (_, vs) in enumerate(series):
            value = vs[index]
            if not value:
                continue
            svg.add(f'<rect x="{left}" y="{y + position * bar:.1f}" '
                    f'width="{max(px(value) - left, 1):.1f}" height="{bar - 2}" '
                    f'fill="{COLOURS[position % len(COLOURS)]}"/>')
    for value, label in marks or []:
        svg.add(f'<line x1="{px(value):.1f}" y1="{top - 4}" x2="{px(value):.1f}" '
                f'y2="{plot_bottom}" stroke="currentColor" stroke-dasharray="4 3"/>')
        svg.text(px(value), top - 8, label, font_size="11")
    svg.add(f'<polyline points="{left},{top} {left},{plot_bottom} {width - right},{plot_bottom}" '
            f'fill="none" stroke="currentColor"/>')
    svg.text(left + (width - left - right) / 2, plot_bottom + 34, value_label)
    if rows:
        legend(svg, names, plot_bottom + 56, left, lines=False)
    return svg


# --------------------------------------------------------------------------- one fragment
def interpreter_name(results: dict, name: str) -> str:
    info = results["interpreters"][name]
    if info["free_threaded_build"]:
        return f"{name}, {'GIL enabled' if info['gil_enabled'] else 'no GIL'}"
    return name


def caption(results: dict, names: list[str]) -> str:
    machine = results["machine"]
    cores = machine["process_cpu_count"] or machine["affinity"] or machine["cpu_count"]
    builds = "; ".join(
        f"{results['interpreters'][n]['implementation']} {results['interpreters'][n]['version']}"
        f" ({'free-threaded, ' if results['interpreters'][n]['free_threaded_build'] else ''}"
        f"GIL {'enabled' if results['interpreters'][n]['gil_enabled'] else 'disabled'})"
        for n in names)
    load = ""
    if results.get("loadavg_before") and results.get("loadavg_after"):
        load = (f"; load average {results['loadavg_before'][0]:.1f} before, "
                f"{results['loadavg_after'][0]:.1f} after")
    return (f"*Measured on **{results['label']}** ({machine['cpu_model'] or machine['machine']},"
            f" {cores} cores, {machine['system']}) with {builds}, {results['date'][:10]}, "
            f"{results['mode']} run{load}.*")


def fragment(results: dict, benchmark: str, summary: str, svg: Svg | None, data: str) -> str:
    parts = [summary]
    if svg is not None:
        parts.append('<div class="benchmark-chart">\n' + svg.render(standalone=False) + "</div>")
    parts.append(f'??? info "The data: {benchmark} on {results["label"]}"\n\n{data}')
    return "\n\n".join(parts) + "\n"


def scaling_series(results: dict, benchmark: str) -> list[tuple[str, str, dict]]:
    found = []
    for python, run in results["runs"].get(benchmark, {}).items():
        for key, data in run["series"].items():
            found.append((f"{NAMES[key]} ({interpreter_name(results, python)})", python, data))
    return found


def render_scaling(results: dict, benchmark: str, counts_key: str, what: str,
                   title: str) -> tuple | None:
    found = scaling_series(results, benchmark)
    if not found:
        return None
    counts = found[0][2][counts_key]
    label = results["label"]
    rows = [[name, *[ratio(s) for s in data["speedup"]]] for name, _, data in found]
    header = [f"{what} / {counts_key}", *[str(c) for c in counts]]
    summary = (caption(results, list(dict.fromkeys(p for _, p, _ in found))) + "\n\n"
               + "Speedup over the same work done serially (higher is better; "
               + f"the ideal is the number of {counts_key}):\n\n" + table(header, rows))
    title = f"{title} on {label}"
    svg = line_chart(f"{label}-{benchmark}", title,
                     f"Speedup against the number of {counts_key}, one line per {what.lower()} "
                     "with the ideal (speedup equal to the count) dashed.",
                     f"{counts_key} (log scale)", "speedup over serial",
                     [(c, str(c)) for c in counts],
                     [(name, counts, data["speedup"]) for name, _, data in found], ideal=True)
    data_rows = []
    for name, python, data in found:
        run = results["runs"][benchmark][python]
        serial = data.get("serial_seconds", run.get("serial_seconds"))
        for count, elapsed, speed in zip(counts, data["seconds"], data["speedup"], strict=True):
            data_rows.append([name, str(count), seconds(elapsed), seconds(serial), ratio(speed),
                              f"{speed / count:.2f}"])
    data = table([what, counts_key, "median time", "serial time", "speedup", "efficiency"],
                 data_rows, indent="    ")
    skipped = [f"{python}: {key} skipped ({reason})"
               for python, run in results["runs"][benchmark].items()
               for key, reason in run.get("skipped", {}).items()]
    if skipped:
        data += "\n\n    " + "; ".join(skipped) + "."
    return svg, fragment(results, benchmark, summary, svg, data)


def render_cpu_scaling(results: dict) -> tuple | None:
    return render_scaling(results, "cpu_scaling", "workers", "pool",
                          "CPU-bound work: speedup over serial by workers")


def render_gil(results: dict) -> tuple | None:
    return render_scaling(results, "gil", "threads", "work",
                          "Pure Python against hashlib in threads: speedup over serial")


def first_run(results: dict, benchmark: str) -> tuple[str, dict] | None:
    runs = results["runs"].get(benchmark, {})
    return next(iter(runs.items()), None)


def on_first_run(benchmark: str, renderer: Callable[[dict, str, dict], tuple],
                 ) -> Callable[[dict], tuple | None]:
    """A renderer of the first interpreter's run: these benchmarks run under one interpreter."""
    def render(results: dict) -> tuple | None:
        found = first_run(results, benchmark)
        return None if found is None else renderer(results, *found)
    return render


def render_start_methods(results: dict, python: str, run: dict) -> tuple:
    methods = list(run["methods"])
    base, workers = run["baseline"], run["pool_workers"]
    rows = [[m, ratio(run["methods"][m]["process_ratio"]), ratio(run["methods"][m]["pool_ratio"])]
            for m in methods]
    summary = (caption(results, [python]) + "\n\n" + f"Start-up cost relative to `{base}` "
               f"(lower is better; the default here is `{run['default_method']}`):\n\n"
               + table(["start method", "start and join one process",
                        f"start a Pool of {workers}, run {workers} tasks, stop it"], rows))
    svg = bar_chart(f"{results['label']}-start_methods",
                    f"Process start-up cost relative to {base} on {results['label']}",
                    "Bars per start method: one process, and a pool, relative to fork.",
                    f"cost relative to {base} (log scale)", methods,
                    [("one process", [run["methods"][m]["process_ratio"] for m in methods]),
                     (f"a Pool of {workers}", [run["methods"][m]["pool_ratio"] for m in methods])],
                    log=True)
    data = table(["start method", "one process", f"a Pool of {workers}"],
                 [[m, seconds(run["methods"][m]["process_seconds"]),
                   seconds(run["methods"][m]["pool_seconds"])] for m in methods], indent="    ")
    data += (f"\n\n    Medians of {run['repeats']['process']} process starts and "
             f"{run['repeats']['pool']} pool starts, after one warm-up start per method.")
    return svg, fragment(results, "start_methods", summary, svg, data)


def render_batch_efficiency(results: dict, python: str, run: dict) -> tuple:
    variants = run["variants"]
    rows = [[NAMES[k], str(v["tasks"]), ratio(v["speedup"]), f"{v['efficiency']:.2f}"]
            for k, v in variants.items()]
    summary = (caption(results, [python]) + "\n\n"
               + f"The same pure-Python work in a pool of {run['workers']} processes; "
               f"efficiency = speedup ÷ workers (ideal 1.00, target "
               f"{run['target_efficiency']:.2f}):\n\n"
               + table(["batch", "tasks", "speedup", "efficiency"], rows))
    svg = bar_chart(f"{results['label']}-batch_efficiency",
                    f"Process-pool efficiency on {results['label']} ({run['workers']} workers)",
                    "Efficiency of each batch, with the target and the ideal marked.",
                    "efficiency (speedup ÷ workers)", [NAMES[k] for k in variants],
                    [("efficiency", [v["efficiency"] for v in variants.values()])],
                    marks=[(run["target_efficiency"], "target"), (1.0, "ideal")])
    data = table(["batch", "tasks", "median time", "serial time", "speedup", "efficiency"],
                 [[NAMES[k], str(v["tasks"]), seconds(v["seconds"]),
                   seconds(run["serial_seconds"]), ratio(v["speedup"]),
                   f"{v['efficiency']:.2f}"] for k, v in variants.items()], indent="    ")
    data += (f"\n\n    {run['total_iterations']:,} loop iterations in all; the naive batch "
             "includes starting the pool; medians of " + str(run["repeats"]) + " runs.")
    return svg, fragment(results, "batch_efficiency", summary, svg, data)


def render_chunksize(results: dict, python: str, run: dict) -> tuple:
    labels = [f"chunksize {c}" + (" (tuned)" if c == run["tuned_chunksize"] else "")
              for c in run["chunksizes"]]
    rows = [[label, ratio(gain), ratio(slow)] for label, gain, slow in
            zip(labels, run["gain_over_chunksize_1"], run["slowdown_over_serial"], strict=True)]
    summary = (caption(results, [python]) + "\n\n"
               + f"{run['tasks']:,} tiny tasks through `Pool.map` with {run['workers']} workers:"
               "\n\n" + table(["chunksize", "faster than chunksize 1",
                                 "slower than a plain loop"], rows))
    svg = bar_chart(f"{results['label']}-chunksize",
                    f"Pool.map speed-up over chunksize 1 on {results['label']}",
                    "One bar per chunksize: how many times faster than chunksize 1.",
                    "times faster than chunksize 1 (log scale)", labels,
                    [("gain", run["gain_over_chunksize_1"])], log=True)
    data = table(["chunksize", "median time", "plain loop"],
                 [[label, seconds(t), seconds(run["serial_seconds"])]
                  for label, t in zip(labels, run["seconds"], strict=True)], indent="    ")
    return svg, fragment(results, "chunksize", summary, svg, data)


def render_payload(results: dict, python: str, run: dict) -> tuple:
    rows = [[size(s), ratio(r), f"{m:,.0f} MiB/s"] for s, r, m in
            zip(run["sizes"], run["ratio_to_1_byte"], run["mib_per_second"], strict=True)]
    summary = (caption(results, [python]) + "\n\n"
               + "A payload sent to a worker process and back (`ProcessPoolExecutor`, pickled "
               "both ways), relative to a 1-byte round trip:\n\n"
               + table(["payload", "round trip vs 1 byte", "throughput"], rows))
    svg = line_chart(f"{results['label']}-payload",
                     f"Round trip to a worker process by payload size on {results['label']}",
                     "Round-trip time relative to a 1-byte payload, against payload size.",
                     "payload size (log scale)", "times the 1-byte round trip (log)",
                     [(s, size(s)) for s in run["sizes"]],
                     [("round trip", run["sizes"], run["ratio_to_1_byte"])], y_log=True)
    data = table(["payload", "median round trip"],
                 [[size(s), seconds(t)] for s, t in zip(run["sizes"], run["seconds"],
                                                        strict=True)], indent="    ")
    return svg, fragment(results, "payload", summary, svg, data)


def render_per_python(results: dict, benchmark: str, ratio_key: str, what: str,
                      heading: str, note: str) -> tuple | None:
    runs = results["runs"].get(benchmark, {})
    if not runs:
        return None
    pythons = list(runs)
    keys = list(next(iter(runs.values()))[ratio_key])
    rows = [[NAMES[k], *[ratio(runs[p][ratio_key][k]) for p in pythons]] for k in keys]
    summary = (caption(results, pythons) + "\n\n" + note + "\n\n"
               + table([heading, *[interpreter_name(results, p) for p in pythons]], rows))
    svg = bar_chart(f"{results['label']}-{benchmark}", f"{what} on {results['label']}",
                    f"One bar per interpreter for each {heading}: {what.lower()}.",
                    f"{what.lower()} (log scale)", [NAMES[k] for k in keys],
                    [(interpreter_name(results, p), [runs[p][ratio_key][k] for k in keys])
                     for p in pythons], log=True)
    absolute = "seconds" if "seconds" in runs[pythons[0]] else "seconds_per_operation"
    per = "per run of all jobs" if absolute == "seconds" else "per operation"
    data = table([heading, *[f"{interpreter_name(results, p)}, {per}" for p in pythons]],
                 [[NAMES[k], *[seconds(runs[p][absolute][k]) for p in pythons]] for k in keys],
                 indent="    ")
    return svg, fragment(results, benchmark, summary, svg, data)


def render_thread_creation(results: dict) -> tuple | None:
    runs = results["runs"].get("thread_creation", {})
    if not runs:
        return None
    run = next(iter(runs.values()))
    return render_per_python(
        results, "thread_creation", "ratio_to_direct", "Time relative to direct calls", "way",
        f"{run['jobs']:,} small jobs, run one way or another, relative to calling them directly "
        f"(lower is better; pools of {run['pool_workers']} threads, created before timing):")


def render_overhead(results: dict) -> tuple | None:
    return render_per_python(
        results, "overhead", "ratio_to_direct_call", "Cost relative to a direct call",
        "operation", "The cost of one operation relative to a direct call of the same tiny "
        "function (lower is better):")


def render_connections(results: dict, python: str, run: dict) -> tuple:
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
    summary = (caption(results, [python]) + "\n\n"
               + "Echo servers holding N concurrent clients on 127.0.0.1 (clients in another "
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
                         for server in ("asyncio", "threads")])
    data = table(["server", "clients", "held at once", "errors", "wall time", "memory growth",
                  "peak memory"],
                 [[r["server"], f"{r['clients']:,}", f"{r['peak_connections']:,}",
                   str(r["errors"]),
                   "timed out" if r["wall_seconds"] is None else seconds(r["wall_seconds"]),
                   mib(r["server_rss_growth_mib"]), mib(r["server_peak_rss_mib"])]
                  for r in rounds], indent="    ")
    data += ("\n\n    Wall time: from the first connect until every client has its echo. "
             f"Open-file limit raised to {run['file_limit']}.")
    return svg, fragment(results, "connections", summary, svg, data)


def render_targets(results: dict) -> str:
    """The issue's targets against the ideal and this machine's results."""
    rows = []
    batch = first_run(results, "batch_efficiency")
    if batch:
        value = batch[1]["variants"]["well_sized"]["efficiency"]
        rows.append(["well-sized process-pool batch: efficiency", "1.00", "≥ 0.90",
                     f"{value:.2f}", "met" if value >= 0.9 else "not met"])
    free = [(p, r) for p, r in results["runs"].get("cpu_scaling", {}).items()
            if not r["gil_enabled"]]
    if free:
        python, run = free[0]
        value = run["series"]["threads"]["efficiency"][-1]
        workers = run["series"]["threads"]["workers"][-1]
        rows.append([f"free-threaded threads ({python}, {workers} threads): efficiency", "1.00",
                     "≥ 0.85", f"{value:.2f}", "met" if value >= 0.85 else "not met"])
    else:
        rows.append(["free-threaded threads: efficiency", "1.00", "≥ 0.85",
                     "no free-threaded interpreter in this run", "not measured"])
    chunks = first_run(results, "chunksize")
    if chunks:
        value = max(chunks[1]["gain_over_chunksize_1"])
        rows.append(["tuned chunksize over chunksize 1", "—", f"≥ 100{TIMES}", ratio(value),
                     "met" if value >= 100 else "not met"])
    connections = first_run(results, "connections")
    if connections:
        run = connections[1]
        top = max(r["clients"] for r in run["rounds"])
        mine = next(r for r in run["rounds"] if r["server"] == "asyncio" and r["clients"] == top)
        memory_ratio = run["memory_ratio_asyncio_to_threads"].get(str(top))
        rows.append([f"asyncio server, {top:,} clients: errors", "0", "0", str(mine["errors"]),
                     "met" if mine["errors"] == 0 else "not met"])
        if memory_ratio is not None:
            rows.append([f"asyncio server, {top:,} clients: memory ÷ threads server's", "—",
                         "≤ 0.33", f"{memory_ratio:.2f}",
                         "met" if memory_ratio <= 1 / 3 else "not met"])
    return (caption(results, list(results["interpreters"])[:1]) + "\n\n"
            + table(["target", "ideal", "target value", "measured", "verdict"], rows) + "\n")


RENDERERS = {
    "cpu_scaling": render_cpu_scaling, "gil": render_gil,
    "start_methods": on_first_run("start_methods", render_start_methods),
    "batch_efficiency": on_first_run("batch_efficiency", render_batch_efficiency),
    "chunksize": on_first_run("chunksize", render_chunksize),
    "payload": on_first_run("payload", render_payload),
    "thread_creation": render_thread_creation,
    "connections": on_first_run("connections", render_connections),
    "overhead": render_overhead,
}


def write_if_changed(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return True


def render_file(results_file: Path, charts: Path, fragments: Path) -> list[Path]:
    """Write one results file's charts and fragments; return the paths written or kept."""
    results = json.loads(results_file.read_text(encoding="utf-8"))
    results["label"] = results_file.stem  # the file name is the label
    label, paths = results["label"], []
    for benchmark, renderer in RENDERERS.items():
        rendered = renderer(results)
        if rendered is None:
            reasons = [s["reason"] for s in results["skipped"] if s.get("benchmark") == benchmark]
            text = (f"*Not measured on {label}" + (f": {reasons[0]}" if reasons else "") + ".*\n")
        else:
            svg, text = rendered
            if svg is not None:
                chart = charts / f"{label}-{benchmark}.svg"
                write_if_changed(chart, svg.render(standalone=True))
                paths.append(chart)
        path = fragments / label / f"{benchmark}.md"
        write_if_changed(path, text)
        paths.append(path)
    targets = fragments / label / "targets.md"
    write_if_changed(targets, render_targets(results))
    return [*paths, targets]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--results", type=Path, default=RESULTS, help="folder of results files")
    parser.add_argument("--charts", type=Path, default=CHARTS, help="where to write the SVGs")
    parser.add_argument("--fragments", type=Path, default=FRAGMENTS,
                        help="where to write the Markdown fragments")
    args = parser.parse_args()
    for results_file in sorted(args.results.glob("*.json")):
        paths = render_file(results_file, args.charts, args.fragments)
        print(f"{results_file.name}: {len(paths)} charts and fragments")


if __name__ == "__main__":
    main()
