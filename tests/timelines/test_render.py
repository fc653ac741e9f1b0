"""The timeline renderer against the committed recordings: the fragments are what it makes of
them (it is deterministic), the charts are readable and honest, and each page embeds its own."""

import json
import re
import xml.etree.ElementTree as ET

import pytest

from examples.benchmarks import charts
from examples.timelines import lessons, record, render
from tests.harness import DOCS, ROOT

SVG = "{http://www.w3.org/2000/svg}"
PHONE_COLUMN_PX = 358  # a 390 px viewport less Material's margins
SMALLEST_TEXT_PX = 10


@pytest.fixture(scope="module")
def fragments() -> dict[str, str]:
    return record.render_all()


def svg_of(text: str) -> ET.Element:
    (svg,) = re.findall(r"<svg.*?</svg>", text, re.S)
    return ET.fromstring(svg)


def test_committed_fragments_are_what_the_renderer_makes_from_the_committed_recordings(
        fragments):
    committed = {p.name: p.read_text(encoding="utf-8") for p in record.FRAGMENTS.glob("*")}
    assert set(committed) == set(fragments), "run: python -m examples.timelines.record --check"
    stale = [name for name, text in fragments.items() if committed[name] != text]
    assert not stale, f"stale {stale}: rerun python -m examples.timelines.record"


def test_rendering_is_deterministic(recordings):
    for recording in recordings.values():
        assert render.render(json.loads(json.dumps(recording))) == render.render(recording)


def test_every_span_is_a_bar_and_a_row_of_the_data(recordings, fragments):
    for name, recording in recordings.items():
        text = fragments[f"{name}.md"]
        spans = [s for p in recording["panels"] for s in p["spans"]]
        bars = [r for r in svg_of(text).iter(f"{SVG}rect") if r.find(f"{SVG}title") is not None]
        assert len(bars) == len(spans), name
        assert sorted(b.attrib["data-kind"] for b in bars) == sorted(s["kind"] for s in spans)
        rows = [line for line in text.splitlines() if line.startswith("    | ")]
        assert len(rows) == len(spans) + 2, name  # and the header, and its rule
        assert '??? note "The data: ' in text


def test_timelines_are_titled_described_and_have_unique_ids(fragments):
    ids = []
    for name, text in fragments.items():
        root = svg_of(text)
        assert root.attrib["role"] == "img"
        title = root.find(f"{SVG}title")
        assert title.text.startswith("Timeline: "), name
        assert root.find(f"{SVG}desc").text.startswith("A timeline, "), name
        ids.append(title.attrib["id"])
    assert len(ids) == len(set(ids))


def test_text_is_at_least_10_px_on_a_phone_and_inside_the_chart(fragments):
    for name, text in fragments.items():
        root = svg_of(text)
        width = float(root.attrib["viewBox"].split()[2])
        height = float(root.attrib["viewBox"].split()[3])
        scale = min(PHONE_COLUMN_PX, charts.MAX_WIDTH_PX) / width
        for element in root.iter(f"{SVG}text"):
            size = float(element.attrib.get("font-size", root.attrib["font-size"]))
            assert size * scale >= SMALLEST_TEXT_PX, (name, element.text)
            x, y = float(element.attrib["x"]), float(element.attrib["y"])
            if element.attrib["text-anchor"] == "start":
                assert x + charts.text_width(element.text) <= width, (name, element.text)
            assert 0 < y <= height, (name, element.text)


def test_legend_swatches_are_filled_as_their_bars(fragments):
    for name, text in fragments.items():
        root = svg_of(text)
        bars, swatches = {}, {}
        for rect in root.iter(f"{SVG}rect"):
            shown = (rect.attrib["fill"], rect.attrib["height"])
            group = bars if rect.find(f"{SVG}title") is not None else swatches
            group.setdefault(rect.attrib["data-kind"], set()).add(shown)
        assert set(bars) == set(swatches), name  # every kind drawn has a swatch, and no other
        for kind, shown in bars.items():
            assert shown == swatches[kind], (name, kind)
        assert len({next(iter(s))[0] for s in bars.values()}) == len(bars)  # kinds differ


def test_the_caption_names_the_machine_and_the_python(recordings, fragments):
    for name, recording in recordings.items():
        text = fragments[f"{name}.md"]
        (caption,) = [line for line in text.splitlines() if line.startswith("*Recorded on")]
        assert f"{recording['label']}" in caption
        assert " cores, " in caption
        assert recording["machine"]["system"] in caption
        assert recording["python"]["version"] in caption
        assert ("free-threaded" in caption) == recording["python"]["free_threaded_build"]


def test_each_page_embeds_its_lessons_timeline_and_no_other_exists():
    included = {}
    for page in DOCS.glob("*.md"):
        for include in re.findall(r'--8<-- "timeline-fragments/([^"]+)"',
                                  page.read_text(encoding="utf-8")):
            included[include] = page.name
    assert included == {f"{name}.md": lesson.page for name, lesson in lessons.LESSONS.items()}
    for include in included:
        assert (record.FRAGMENTS / include).is_file()
    assert record.FRAGMENTS.parent == ROOT / "docs" / "includes"  # a snippets base_path
