"""SVG charts for the generated fragments: a line chart (x on a log axis) and a horizontal bar
chart, inline in the page, drawn in `currentColor` so they follow the light and dark schemes.

Sizes are in viewBox units. The chart is 400 units wide and scales to its column: on a 390 px
phone the column is about 358 px wide, so 12-unit text is drawn at about 10.7 px; on a desktop
the chart stops growing at 560 px (text at 16.8 px, the size of the body text).
"""

import html
import math
import textwrap
from collections.abc import Callable
from dataclasses import dataclass

WIDTH = 400
MAX_WIDTH_PX = 560
FONT = 12  # every text element uses this size: nothing smaller
CHAR = 0.56 * FONT  # the average advance of one character of sans-serif text
LINE = 17  # one line of text
# Mid-tone colours that read on a white and on a near-black page; each series also has its own
# dash pattern and marker, so the chart does not depend on colour alone.
COLOURS = ["#4e79a7", "#e15759", "#59a14f", "#f28e2b", "#b07aa1", "#76b7b2", "#9c755f", "#ff9da7"]
DASHES = ["", "6 3", "2 3", "9 3 2 3", "12 4", "4 2 1 2", "1 2", "8 2"]


@dataclass(frozen=True)
class Style:
    """How one series is stroked; its legend swatch is drawn with the same attributes."""

    colour: str
    dash: str = ""
    opacity: float = 1.0
    marker: bool = True

    def stroke(self) -> str:
        attributes = f'stroke="{self.colour}" stroke-width="2.5" stroke-dasharray="{self.dash}"'
        if self.opacity != 1.0:
            attributes += f' stroke-opacity="{self.opacity}"'
        return attributes


IDEAL = Style("currentColor", "3 4", 0.5, marker=False)


def series_style(index: int) -> Style:
    return Style(COLOURS[index % len(COLOURS)], DASHES[index % len(DASHES)])


def text_width(text: str) -> float:
    return len(text) * CHAR


def ticks_linear(top: float) -> list[float]:
    step = 10 ** math.floor(math.log10(top / 5)) if top > 0 else 1
    for factor in (1, 2, 5, 10):
        if top / (step * factor) <= 5:
            step *= factor
            break
    return [step * i for i in range(math.ceil(top / step) + 1)]


def ticks_log(low: float, high: float) -> list[float]:
    """Powers of ten around [low, high]; a value equal to the lowest tick would draw no bar, so
    the axis then starts one decade lower."""
    bottom = math.floor(math.log10(low))
    if math.log10(low) - bottom < 0.15:
        bottom -= 1
    return [10.0**p for p in range(bottom, math.ceil(math.log10(high)) + 1)]


def tick_label(value: float) -> str:
    return f"{value:,.0f}" if value >= 1 and value == int(value) else f"{value:g}"


def spaced(positions: list[tuple[float, str]], gap: float = 6) -> list[tuple[float, str]]:
    """Tick labels that do not collide: a label that would overlap the last one kept is dropped,
    except the axis's last label, which replaces it (the end of an axis is always labelled)."""
    kept: list[tuple[float, str]] = []
    for index, (x, label) in enumerate(positions):
        if kept:
            last_x, last = kept[-1]
            if x - last_x < (text_width(last) + text_width(label)) / 2 + gap:
                if index < len(positions) - 1 or len(kept) == 1:
                    continue
                kept.pop()
        kept.append((x, label))
    return kept


class Svg:
    def __init__(self, chart_id: str, title: str, description: str) -> None:
        self.id, self.title, self.description = chart_id, title, description
        self.parts: list[str] = []
        self.title_lines = textwrap.wrap(title, int((WIDTH - 16) / (CHAR * 1.1)))
        self.top = 8 + LINE * len(self.title_lines)  # where the plot may start
        for number, line in enumerate(self.title_lines):
            self.text(WIDTH / 2, 4 + LINE * (number + 1) - 4, line, font_weight="bold")

    def add(self, element: str) -> None:
        self.parts.append(element)

    def text(self, x: float, y: float, content: str, anchor: str = "middle", **extra: str) -> None:
        attributes = "".join(f' {k.replace("_", "-")}="{v}"' for k, v in extra.items())
        self.add(f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="currentColor"'
                 f'{attributes}>{html.escape(content)}</text>')

    def legend(self, entries: list[tuple[str, Style]], top: float, bars: bool) -> float:
        """One entry per line, each swatch drawn as its series is; returns the bottom."""
        y = top
        for name, style in entries:
            if bars:
                self.add(f'<rect x="12" y="{y - 10:.1f}" width="24" height="10" '
                         f'fill="{style.colour}"/>')
            else:
                self.add(f'<line x1="12" y1="{y - 4:.1f}" x2="36" y2="{y - 4:.1f}" '
                         f'{style.stroke()}/>')
                if style.marker:
                    self.add(f'<circle cx="24" cy="{y - 4:.1f}" r="3.5" fill="{style.colour}"/>')
            self.text(42, y, name, anchor="start")
            y += LINE
        return y

    def render(self, height: float) -> str:
        head = (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {height:.0f}" '
                f'width="100%" style="max-width:{MAX_WIDTH_PX}px" role="img" '
                f'aria-labelledby="{self.id}-title {self.id}-desc" font-family="sans-serif" '
                f'font-size="{FONT}">')
        lines = [head, f'<title id="{self.id}-title">{html.escape(self.title)}</title>',
                 f'<desc id="{self.id}-desc">{html.escape(self.description)}</desc>']
        return "\n".join([*lines, *self.parts, "</svg>"]) + "\n"


def line_chart(chart_id: str, title: str, description: str, x_label: str, y_label: str,
               x_ticks: list[tuple[float, str]], series: list[tuple[str, list[float], list[float]]],
               y_log: bool = False, ideal: bool = False) -> str:
    """x is always a log axis (workers 1, 2, 4 ..., payload bytes); with ideal, the line y = x."""
    svg = Svg(chart_id, title, description)
    right, top = 14, svg.top + 6
    plot_bottom = top + 190
    xs = [value for value, _ in x_ticks]
    x_low, x_high = math.log(min(xs)), math.log(max(xs))
    values = [v for _, _, ys in series for v in ys if v > 0] + (xs if ideal else [])
    if y_log:
        y_ticks = ticks_log(min(values), max(values))
        y_low, y_high = math.log(y_ticks[0]), math.log(y_ticks[-1])
    else:
        y_ticks = ticks_linear(max(values) * 1.05)
        y_low, y_high = 0.0, y_ticks[-1]
    # Room for the rotated axis label, then for the widest tick label.
    left = 22 + max(text_width(tick_label(tick)) for tick in y_ticks) + 8

    def px(value: float) -> float:
        return left + (math.log(value) - x_low) / ((x_high - x_low) or 1) * (WIDTH - left - right)

    def py(value: float) -> float:
        position = math.log(value) if y_log else value
        return plot_bottom - (position - y_low) / ((y_high - y_low) or 1) * (plot_bottom - top)

    for tick in y_ticks:
        svg.add(f'<line x1="{left}" y1="{py(tick):.1f}" x2="{WIDTH - right}" y2="{py(tick):.1f}" '
                f'stroke="currentColor" stroke-opacity="0.15"/>')
        svg.text(left - 6, py(tick) + 4, tick_label(tick), anchor="end")
    for value, _ in x_ticks:
        svg.add(f'<line x1="{px(value):.1f}" y1="{plot_bottom}" x2="{px(value):.1f}" '
                f'y2="{plot_bottom + 5}" stroke="currentColor"/>')
    for x, label in spaced([(px(value), label) for value, label in x_ticks]):
        svg.text(x, plot_bottom + 18, label)
    svg.add(f'<polyline points="{left},{top} {left},{plot_bottom} {WIDTH - right},{plot_bottom}" '
            f'fill="none" stroke="currentColor"/>')
    svg.text(left + (WIDTH - left - right) / 2, plot_bottom + 36, x_label)
    middle = (top + plot_bottom) / 2
    svg.text(14, middle, y_label, transform=f"rotate(-90 14 {middle:.1f})")
    drawn = [(name, x_values, y_values, series_style(index))
             for index, (name, x_values, y_values) in enumerate(series)]
    if ideal:
        drawn.append(("ideal (speedup = count)", xs, xs, IDEAL))
    for _, x_values, y_values, style in drawn:
        points = " ".join(f"{px(x):.1f},{py(y):.1f}"
                          for x, y in zip(x_values, y_values, strict=True) if y > 0)
        svg.add(f'<polyline points="{points}" fill="none" {style.stroke()}/>')
        if style.marker:
            for x, y in zip(x_values, y_values, strict=True):
                if y > 0:
                    svg.add(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3.5" '
                            f'fill="{style.colour}"/>')
    bottom = plot_bottom + 44
    if len(drawn) > 1:  # a legend of one series says nothing the title does not
        bottom = svg.legend([(name, style) for name, _, _, style in drawn], bottom + 16,
                            bars=False)
    return svg.render(bottom + 4)


def bar_chart(chart_id: str, title: str, description: str, value_label: str,
              categories: list[str], series: list[tuple[str, list[float | None]]],
              shown: Callable[[float], str], log: bool = False,
              marks: list[tuple[float, str]] | None = None) -> str:
    """Horizontal bars: each category's name on its own line, then one bar per series, each
    labelled with its value (so a bar at the axis's start still reads as a value)."""
    svg = Svg(chart_id, title, description)
    left, right, bar = 12, 54, 14
    top = svg.top + LINE * len(marks or []) + 4
    group = LINE + bar * len(series) + 8
    plot_bottom = top + group * len(categories)
    values = [v for _, vs in series for v in vs if v] + [m for m, _ in marks or []]
    if log:
        ticks = ticks_log(min(values), max(values))
        low, high = math.log(ticks[0]), math.log(ticks[-1])
    else:
        ticks = ticks_linear(max(values) * 1.05)
        low, high = 0.0, ticks[-1]

    def px(value: float) -> float:
        position = math.log(value) if log else value
        return left + (position - low) / ((high - low) or 1) * (WIDTH - left - right)

    for tick in ticks:
        svg.add(f'<line x1="{px(tick):.1f}" y1="{top}" x2="{px(tick):.1f}" y2="{plot_bottom}" '
                f'stroke="currentColor" stroke-opacity="0.15"/>')
    for x, label in spaced([(px(tick), tick_label(tick)) for tick in ticks]):
        svg.text(x, plot_bottom + 16, label)
    styles = [series_style(index) for index in range(len(series))]
    for index, category in enumerate(categories):
        y = top + index * group
        svg.text(left + 4, y + LINE - 4, category, anchor="start")
        for position, ((_, vs), style) in enumerate(zip(series, styles, strict=True)):
            value = vs[index]
            if not value:
                continue
            bar_top = y + LINE + position * bar
            end = max(px(value), left + 1)
            svg.add(f'<rect x="{left}" y="{bar_top:.1f}" width="{end - left:.1f}" '
                    f'height="{bar - 2}" fill="{style.colour}"/>')
            svg.text(end + 4, bar_top + bar - 4, shown(value), anchor="start")
    for row, (value, label) in enumerate(marks or []):  # one line each: close marks collide
        label_y = top - 6 - LINE * (len(marks or []) - 1 - row)
        svg.add(f'<line x1="{px(value):.1f}" y1="{label_y + 2}" x2="{px(value):.1f}" '
                f'y2="{plot_bottom}" stroke="currentColor" stroke-dasharray="4 3"/>')
        svg.text(px(value) + 3, label_y, label, anchor="start")
    svg.add(f'<polyline points="{left},{top} {left},{plot_bottom} {WIDTH - right},{plot_bottom}" '
            f'fill="none" stroke="currentColor"/>')
    svg.text(WIDTH / 2, plot_bottom + 34, value_label)
    bottom = plot_bottom + 40
    if len(series) > 1:
        bottom = svg.legend([(name, style) for (name, _), style in zip(series, styles,
                                                                         strict=True)],
                            bottom + 16, bars=True)
    return svg.render(bottom + 4)

