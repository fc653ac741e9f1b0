"""A recording in, a Markdown fragment out: one inline SVG timeline (one lane per thread,
process or task; one bar per span; every panel of a lesson on one time scale), the machine and
Python it was recorded with, and the spans as a table in a collapsible note. Reads and writes
nothing: record.py does the files.

Drawn with the benchmark charts' Svg (viewBox 400 wide, 12-unit text, currentColor), so it is
as readable on a 390 px phone and in the dark scheme as they are. A bar wider than 3 units is
drawn 0.8 units short, so that spans back to back (a ticker's sleeps) stay apart; the table
has the exact times.
"""

import html
from typing import Any

from examples.benchmarks.charts import COLOURS, LINE, WIDTH, Svg, spaced, tick_label, ticks_linear
from examples.benchmarks.renderers import table
from examples.timelines.recorder import KINDS

LEFT, RIGHT, BAR = 12, 26, 10
KIND_COLOURS = {kind: COLOURS[index] for index, kind in enumerate(KINDS)}
MARKS = {"cancelled": ("\u2715", "cancelled (CancelledError raised in it)"),
         "raised": ("!", "an exception escaped it")}


def ms(ns: int) -> str:
    return f"{ns / 1e6:.1f}"


def python_name(info: dict[str, Any]) -> str:
    build = ("free-threaded, " if info["free_threaded_build"] else "") + \
        f"GIL {'enabled' if info['gil_enabled'] else 'disabled'}"
    return f"{info['implementation']} {info['version']} ({build})"


def caption(recording: dict[str, Any]) -> str:
    machine = recording["machine"]
    cores = machine["process_cpu_count"] or machine["affinity"] or machine["cpu_count"]
    load = (f", load average {recording['loadavg'][0]:.1f} as it began"
            if recording.get("loadavg") else "")
    return (f"*Recorded on **{recording['label']}** ({machine['cpu_model'] or machine['machine']}"
            f", {cores} cores, {machine['system']}) with {python_name(recording['python'])}, "
            f"{recording['date'][:10]}{load}. Each bar is the wall time of one span, from "
            "time.perf_counter_ns; the program is "
            f"`examples/timelines/lessons.py`, `{recording['lesson']}`.*")


def lanes(spans: list[dict[str, Any]]) -> list[str]:
    """Lanes in the order they first started."""
    return list(dict.fromkeys(span["lane"] for span in spans))


def timeline_svg(recording: dict[str, Any]) -> str:
    chart_id = f"timeline-{recording['lesson']}"
    panels = recording["panels"]
    end = max(span["end_ns"] for panel in panels for span in panel["spans"])
    ticks = ticks_linear(end / 1e6)
    scale = (WIDTH - LEFT - RIGHT) / (ticks[-1] * 1e6)
    kinds = [k for k in KINDS if any(s["kind"] == k for p in panels for s in p["spans"])]
    marks = [o for o in MARKS if any(s["outcome"] == o for p in panels for s in p["spans"])]
    description = (f"A timeline, {len(panels)} {'panel' if len(panels) == 1 else 'panels'} on one "
                   "time axis in milliseconds: "
                   + "; ".join(f"{p['title']}: lanes {', '.join(lanes(p['spans']))}"
                               for p in panels)
                   + ". Bar colours: " + ", ".join(KINDS[k] for k in kinds) + ".")
    svg = Svg(chart_id, f"Timeline: {recording['title']} on {recording['label']}",
              description)
    y = svg.top + 6
    top = y

    def px(ns: int) -> float:
        return LEFT + ns * scale

    for panel in panels:
        y += LINE
        svg.text(LEFT, y - 4, panel["title"], anchor="start", font_weight="bold")
        for lane in lanes(panel["spans"]):
            svg.text(LEFT + 4, y + LINE - 4, lane, anchor="start")
            bar_top = y + LINE
            for span in panel["spans"]:
                if span["lane"] != lane:
                    continue
                x = px(span["start_ns"])
                width = max(px(span["end_ns"]) - x, 1.0)
                if width > 3:  # a hairline gap, so that spans back to back stay apart
                    width -= 0.8
                svg.add(f'<rect x="{x:.1f}" y="{bar_top:.1f}" width="{width:.1f}" '
                        f'height="{BAR}" fill="{KIND_COLOURS[span["kind"]]}" '
                        f'data-kind="{span["kind"]}"><title>{html.escape(lane)}: '
                        f'{html.escape(KINDS[span["kind"]])}, {ms(span["start_ns"])} to '
                        f'{ms(span["end_ns"])} ms, {span["outcome"]}</title></rect>')
                if span["outcome"] in MARKS:
                    svg.text(x + width + 2, bar_top + BAR, MARKS[span["outcome"]][0],
                             anchor="start", font_weight="bold")
            y = bar_top + BAR + 4
        y += 6
    plot_bottom = y
    for tick in ticks:
        x = LEFT + tick * 1e6 * scale
        svg.add(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{plot_bottom}" '
                f'stroke="currentColor" stroke-opacity="0.15"/>')
    for x, label in spaced([(LEFT + tick * 1e6 * scale, tick_label(tick)) for tick in ticks]):
        svg.text(x, plot_bottom + 16, label)
    svg.add(f'<polyline points="{LEFT},{plot_bottom} {WIDTH - RIGHT},{plot_bottom}" '
            'fill="none" stroke="currentColor"/>')
    svg.text(WIDTH / 2, plot_bottom + 34, "milliseconds since the first span began")
    y = plot_bottom + 56
    for kind in kinds:  # each swatch drawn as its bars are
        svg.add(f'<rect x="12" y="{y - 10:.1f}" width="24" height="{BAR}" '
                f'fill="{KIND_COLOURS[kind]}" data-kind="{kind}"/>')
        svg.text(42, y, KINDS[kind], anchor="start")
        y += LINE
    for outcome in marks:
        svg.text(24, y, MARKS[outcome][0], font_weight="bold")
        svg.text(42, y, MARKS[outcome][1], anchor="start")
        y += LINE
    return svg.render(y)


def render(recording: dict[str, Any]) -> str:
    """The fragment of one recording."""
    rows = [[panel["title"], span["lane"], KINDS[span["kind"]], ms(span["start_ns"]),
             ms(span["end_ns"]), ms(span["end_ns"] - span["start_ns"]), span["outcome"]]
            for panel in recording["panels"] for span in panel["spans"]]
    data = table(["panel", "lane", "kind", "start (ms)", "end (ms)", "length (ms)", "outcome"],
                 rows, indent="    ")
    return ('<div class="benchmark-chart">\n' + timeline_svg(recording) + "</div>\n\n"
            + caption(recording) + "\n\n"
            + f'??? note "The data: {recording["title"]} on {recording["label"]}"\n\n'
            + data + "\n")
