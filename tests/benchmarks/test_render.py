"""The renderer against the committed results: fragments up to date, fair comparisons, readable
charts. Everything is rendered in memory; nothing is written."""

import copy
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml

from examples.benchmarks import charts, render
from examples.benchmarks.registry import BENCHMARKS
from examples.benchmarks.renderers import Comparison, UnequalWork
from examples.benchmarks.schema import ResultsFile

SVG = "{http://www.w3.org/2000/svg}"
ROOT = Path(__file__).resolve().parents[2]
RESULTS = sorted(render.RESULTS.glob("*.json"))
PHONE_COLUMN_PX = 358  # a 390 px viewport less Material's margins
SMALLEST_TEXT_PX = 10


@pytest.fixture(scope="module")
def rendered() -> dict[str, tuple[ResultsFile, dict[str, str], list[Comparison]]]:
    found = {}
    for results_file in RESULTS:
        results = render.load(results_file)  # checks the file against the schema
        found[results_file.stem] = (results, *render.render_results(results))
    return found


def svgs(texts: dict[str, str]) -> list[tuple[str, ET.Element]]:
    return [(path, ET.fromstring(svg)) for path, text in texts.items()
            for svg in re.findall(r"<svg.*?</svg>", text, re.S)]


def test_there_are_results_for_both_machines():
    assert {"debian-2cpu", "device-16cpu"} <= {p.stem for p in RESULTS}


def test_committed_fragments_are_what_the_renderer_makes_from_the_committed_results():
    made = render.render_all()
    committed = {p.relative_to(render.FRAGMENTS).as_posix(): p.read_text(encoding="utf-8")
                 for p in render.FRAGMENTS.rglob("*.md")}
    assert set(committed) == set(made), "run: python -m examples.benchmarks.render"
    stale = [path for path, text in made.items() if committed[path] != text]
    assert not stale, f"stale fragments {stale}: run python -m examples.benchmarks.render"


def test_every_results_file_gives_every_fragment(rendered):
    for label, (_, texts, _) in rendered.items():
        assert set(texts) == {f"{label}/{name}.md" for name in [*BENCHMARKS, "targets"]}


def test_no_comparison_in_any_results_file_mixes_unequal_work(rendered):
    for label, (results, _, comparisons) in rendered.items():
        compared = {(c.benchmark, python) for c in comparisons for python in c.runs}
        every_run = {(name, python) for name, runs in results["runs"].items() for python in runs}
        assert compared == every_run, label  # every run reached the page through a comparison
        for comparison in comparisons:
            works = [run["work"] for run in comparison.runs.values()]
            if comparison.normalised is None:
                assert all(work == works[0] for work in works), (label, comparison.benchmark)
            else:  # shown divided by its own amount of work
                assert comparison.normalised == "per loop iteration"


def test_the_renderer_refuses_to_put_unequal_work_side_by_side(rendered):
    results = copy.deepcopy(rendered["debian-2cpu"][0])
    runs = results["runs"]["overhead"]
    assert len(runs) > 1
    last = list(runs)[-1]
    runs[last]["work"] = {"operations": runs[last]["work"]["operations"] * 4}
    with pytest.raises(UnequalWork, match=f"overhead: .*{re.escape(last)}: {{'operations'"):
        render.render_results(results)


def test_runs_of_different_sizes_get_separate_tables_and_a_per_iteration_comparison(rendered):
    results, texts, comparisons = rendered["device-16cpu"]
    runs = results["runs"]["cpu_scaling"]
    assert runs["3.12"]["work"] != runs["3.13t"]["work"]  # as recorded on that machine
    scaling = [c for c in comparisons if c.benchmark == "cpu_scaling"]
    assert [list(c.runs) for c in scaling if c.normalised is None] == [["3.12"], ["3.13t"]]
    text = texts["device-16cpu/cpu_scaling.md"]
    assert text.count("Work: 32 tasks of ") == 2
    assert "750,000 loop iterations" in text
    assert "3,000,000 loop iterations" in text
    assert "per iteration" in text


def test_every_caption_states_the_work(rendered):
    for _, texts, _ in rendered.values():
        for path, text in texts.items():
            for line in text.splitlines():
                if line.startswith("*Measured on"):
                    assert " Work: " in line, path


@pytest.mark.parametrize("name", [
    "cpu_scaling",
    "gil",
])
def test_no_committed_speedup_exceeds_the_ideal(rendered, name):
    # A speedup above the worker count means the serial baseline was timed badly.
    for label, (results, _, _) in rendered.items():
        for python, run in results["runs"].get(name, {}).items():
            for key, data in run["series"].items():
                counts = data.get("workers") or data["threads"]
                for count, speedup in zip(counts, data["speedup"], strict=True):
                    assert speedup <= count * 1.1, (label, name, python, key, count)


def test_a_results_file_without_a_benchmark_still_gives_every_fragment(rendered):
    results = copy.deepcopy(rendered["debian-2cpu"][0])
    results["label"] = "empty-machine"
    results["runs"] = {}
    texts, comparisons = render.render_results(results)
    assert comparisons == []
    for name in BENCHMARKS:
        assert texts[f"empty-machine/{name}.md"].startswith("*Not measured on empty-machine")


def test_fragments_contain_no_code_fences_or_blank_lines_inside_charts(rendered):
    for _, texts, _ in rendered.values():
        for path, text in texts.items():
            assert "```" not in text
            for svg in re.findall(r"<svg.*?</svg>", text, re.S):
                assert "\n\n" not in svg, path


def test_charts_are_titled_and_have_unique_ids(rendered):
    ids = []
    for label, (_, texts, _) in rendered.items():
        for path, root in svgs(texts):
            assert root.attrib["role"] == "img"
            assert label in root.find(f"{SVG}title").text, path
            assert root.find(f"{SVG}desc") is not None
            ids.append(root.find(f"{SVG}title").attrib["id"])
    assert len(ids) == len(set(ids))


def test_chart_text_is_at_least_10_px_on_a_phone(rendered):
    for _, texts, _ in rendered.values():
        for path, root in svgs(texts):
            width = float(root.attrib["viewBox"].split()[2])
            scale = min(PHONE_COLUMN_PX, charts.MAX_WIDTH_PX) / width
            for text in root.iter(f"{SVG}text"):
                size = float(text.attrib.get("font-size", root.attrib["font-size"]))
                assert size * scale >= SMALLEST_TEXT_PX, (path, text.text)


def test_legend_swatches_are_drawn_as_their_series_and_one_series_has_no_legend(rendered):
    for _, texts, _ in rendered.values():
        for path, root in svgs(texts):
            strokes = [{k: v for k, v in element.attrib.items() if k.startswith("stroke")}
                       for element in root.iter(f"{SVG}polyline")
                       if element.attrib.get("stroke-width") == "2.5"]
            swatches = [{k: v for k, v in element.attrib.items() if k.startswith("stroke")}
                        for element in root.iter(f"{SVG}line")
                        if element.attrib.get("stroke-width") == "2.5"]
            if strokes:  # a line chart: one swatch per series, stroked the same, in order
                assert swatches == (strokes if len(strokes) > 1 else []), path


def test_log_bar_charts_draw_a_visible_bar_for_the_baseline(rendered):
    for _, texts, _ in rendered.values():
        for path, root in svgs(texts):
            if not any("(log scale)" in (text.text or "") for text in root.iter(f"{SVG}text")):
                continue
            bars = [float(r.attrib["width"]) for r in root.iter(f"{SVG}rect")
                    if float(r.attrib["height"]) > 10]
            assert all(width >= 10 for width in bars), path  # a baseline bar is visible


def test_axis_labels_do_not_collide():
    kept = charts.spaced([(0, "1 B"), (100, "1 KiB"), (300, "16 MiB"), (320, "64 MiB")])
    assert [label for _, label in kept] == ["1 B", "1 KiB", "64 MiB"]


def test_the_fragments_folder_is_named_in_exactly_one_snippets_base_path():
    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
    snippets = next(e["pymdownx.snippets"] for e in config["markdown_extensions"]
                    if isinstance(e, dict) and "pymdownx.snippets" in e)
    holding = [base for base in snippets["base_path"]
               if (ROOT / base / render.INCLUDE_PREFIX).is_dir()]
    assert holding == [render.FRAGMENTS.parent.relative_to(ROOT).as_posix()]
    for page in (ROOT / "docs").rglob("*.md"):
        for include in re.findall(r'--8<-- "([^"]+)"', page.read_text(encoding="utf-8")):
            if include.endswith(".md"):  # the benchmarks' or the timelines' (tests/timelines)
                assert include.startswith((f"{render.INCLUDE_PREFIX}/",
                                           "timeline-fragments/")), (page, include)
