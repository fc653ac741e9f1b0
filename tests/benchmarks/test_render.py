import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from examples.benchmarks import render
from examples.benchmarks.render import RENDERERS, render_file

SVG = "{http://www.w3.org/2000/svg}"
CONTRACT = {"cpu_scaling", "gil", "start_methods", "batch_efficiency", "chunksize", "payload",
            "thread_creation", "connections", "overhead"}
RESULTS = sorted(render.RESULTS.glob("*.json"))


def test_every_promised_fragment_has_a_renderer():
    assert set(RENDERERS) >= CONTRACT


def test_there_are_results_for_both_machines():
    assert {"debian-2cpu", "device-16cpu"} <= {p.stem for p in RESULTS}


@pytest.mark.parametrize("results_file", RESULTS, ids=lambda p: p.stem)
def test_rendering_gives_titled_svgs_and_every_fragment(results_file: Path, tmp_path: Path):
    results = json.loads(results_file.read_text("utf-8"))
    assert results["mode"] == "full"
    assert {"machine", "date", "interpreters", "loadavg_before", "loadavg_after"} <= set(results)
    paths = render_file(results_file, tmp_path / "charts", tmp_path / "fragments")
    label = results_file.stem
    fragments = {p.stem for p in (tmp_path / "fragments" / label).glob("*.md")}
    assert fragments >= CONTRACT | {"targets"}
    charts = [p for p in paths if p.suffix == ".svg"]
    assert charts
    for chart in charts:
        root = ET.parse(chart).getroot()  # well-formed XML
        assert root.tag == f"{SVG}svg"
        assert root.attrib["role"] == "img"
        title = root.find(f"{SVG}title")
        assert title is not None
        assert label in title.text
        assert root.find(f"{SVG}desc") is not None


@pytest.mark.parametrize("results_file", RESULTS, ids=lambda p: p.stem)
def test_committed_charts_and_fragments_are_what_render_produces(results_file: Path,
                                                                 tmp_path: Path):
    render_file(results_file, tmp_path / "charts", tmp_path / "fragments")
    label = results_file.stem
    for made in (tmp_path / "fragments" / label).glob("*.md"):
        committed = render.FRAGMENTS / label / made.name
        assert committed.read_text("utf-8") == made.read_text("utf-8"), (
            f"{committed} is stale: run python -m examples.benchmarks.render")
    for made in (tmp_path / "charts").glob("*.svg"):
        assert (render.CHARTS / made.name).read_text("utf-8") == made.read_text("utf-8")


def test_fragments_contain_no_code_fences_or_blank_lines_inside_charts():
    for fragment in render.FRAGMENTS.rglob("*.md"):
        text = fragment.read_text("utf-8")
        assert "```" not in text
        for chart in text.split("<svg")[1:]:
            assert "\n\n" not in chart.split("</svg>")[0], fragment


def test_a_results_file_without_a_benchmark_still_gives_every_fragment(tmp_path: Path):
    source = tmp_path / "results" / "empty-machine.json"
    source.parent.mkdir()
    shutil.copy(RESULTS[0], source)
    results = json.loads(source.read_text("utf-8"))
    results["runs"] = {}
    source.write_text(json.dumps(results), encoding="utf-8")
    render_file(source, tmp_path / "charts", tmp_path / "fragments")
    for name in CONTRACT:
        text = (tmp_path / "fragments" / "empty-machine" / f"{name}.md").read_text("utf-8")
        assert text.startswith("*Not measured on empty-machine")
