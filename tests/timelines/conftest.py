"""The committed recordings (docs/timelines/recordings/LESSON.json), read once."""

import json
from pathlib import Path

import pytest

from examples.timelines import record


def spans_of(panel: dict, lane: str | None = None, kind: str | None = None) -> list[dict]:
    return [s for s in panel["spans"]
            if (lane is None or s["lane"] == lane) and (kind is None or s["kind"] == kind)]


def length(span: dict) -> int:
    return span["end_ns"] - span["start_ns"]


def wall(panel: dict) -> int:
    """From the first span's start (0) to the last span's end."""
    return max(s["end_ns"] for s in panel["spans"]) - min(s["start_ns"] for s in panel["spans"])


def overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end_ns"], b["end_ns"]) - max(a["start_ns"], b["start_ns"]))


@pytest.fixture(scope="session")
def recordings() -> dict[str, dict]:
    found = {}
    for path in sorted(record.RECORDINGS.glob("*.json")):
        found[path.stem] = json.loads(Path(path).read_text(encoding="utf-8"))
    return found
