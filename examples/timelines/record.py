"""Run the lessons, save each recording, render each fragment.

python -m examples.timelines.record --label debian-2cpu            # every lesson this Python runs
python -m examples.timelines.record --label debian-2cpu cpu_gil    # only these
python -m examples.timelines.record --check   # write nothing; exit 1 if a fragment is stale
python -m examples.timelines.record --render  # record nothing; rewrite the stale fragments
python -m examples.timelines.record --quick --recordings DIR --fragments DIR   # the live test

A lesson that needs a free-threaded build (cpu_free_threaded) is recorded by running this
with one, e.g. python3.13t. Recordings: docs/timelines/recordings/LESSON.json; fragments:
docs/includes/timeline-fragments/LESSON.md.
"""

import argparse
import datetime as dt
import json
import platform
import sys
import sysconfig
import time
from pathlib import Path
from typing import Any

from examples.benchmarks.measure import load_average
from examples.benchmarks.run import describe_machine, wait_for_load
from examples.timelines.lessons import LESSONS
from examples.timelines.render import render

ROOT = Path(__file__).resolve().parents[2]
RECORDINGS = ROOT / "docs" / "timelines" / "recordings"
FRAGMENTS = ROOT / "docs" / "includes" / "timeline-fragments"
INCLUDE_PREFIX = "timeline-fragments"


def describe_python() -> dict[str, Any]:
    return {
        "implementation": platform.python_implementation(),
        "version": platform.python_version(),
        "free_threaded_build": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
        "gil_enabled": getattr(sys, "_is_gil_enabled", lambda: True)(),
    }


def record(name: str, label: str, scale: float) -> dict[str, Any]:
    lesson = LESSONS[name]
    load = load_average()
    panels = lesson.record(scale)
    return {"schema": 1, "lesson": name, "title": lesson.title, "page": lesson.page,
            "label": label, "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "scale": scale, "loadavg": list(load) if load else None,
            "machine": describe_machine(), "python": describe_python(),
            "panels": [{"title": title, "spans": spans} for title, spans in panels]}


def load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def render_all(recordings: Path = RECORDINGS) -> dict[str, str]:
    """Fragment file name -> text, for every recording; writes nothing."""
    return {f"{path.stem}.md": render(load(path)) for path in sorted(recordings.glob("*.json"))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lessons", nargs="*", help="lessons to record (default: all)")
    parser.add_argument("--label", default=f"{platform.system().lower()}-machine",
                        help="the machine's name on the pages, e.g. debian-2cpu")
    parser.add_argument("--quick", action="store_true", help="every duration at a quarter")
    parser.add_argument("--recordings", type=Path, default=RECORDINGS)
    parser.add_argument("--fragments", type=Path, default=FRAGMENTS)
    parser.add_argument("--max-load", type=float, default=None,
                        help="before each lesson, wait for the 1-minute "
                             "load average to fall to this: other jobs distort a timeline")
    parser.add_argument("--patience", type=float, default=600,
                        help="seconds to wait for the load, for all the lessons together")
    parser.add_argument("--render", action="store_true",
                        help="record nothing; render the fragments from the recordings")
    parser.add_argument("--check", action="store_true",
                        help="record nothing, write nothing; exit 1 if a fragment is stale")
    args = parser.parse_args()
    unknown = sorted(set(args.lessons) - set(LESSONS))
    if unknown:
        parser.error(f"no such lesson: {', '.join(unknown)} (lessons: {', '.join(LESSONS)})")
    if not (args.check or args.render):
        free = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
        deadline = time.monotonic() + args.patience  # for all the lessons together
        args.recordings.mkdir(parents=True, exist_ok=True)
        for name in args.lessons or LESSONS:
            if LESSONS[name].free_threaded_only and not free:
                print(f"{name}: skipped (needs a free-threaded build)")
                continue
            wait_for_load(args.max_load, max(0.0, deadline - time.monotonic()))
            recording = record(name, args.label, 0.25 if args.quick else 1.0)
            (args.recordings / f"{name}.json").write_text(
                json.dumps(recording, indent=1) + "\n", encoding="utf-8")
            print(f"{name}: recorded")
    texts = render_all(args.recordings)
    stale = [n for n, t in texts.items() if not (args.fragments / n).is_file()
             or (args.fragments / n).read_text(encoding="utf-8") != t]
    if args.check:
        for name in stale:
            print(f"stale: {args.fragments / name}")
        sys.exit(1 if stale else 0)
    args.fragments.mkdir(parents=True, exist_ok=True)
    for name in stale:
        (args.fragments / name).write_text(texts[name], encoding="utf-8")
    print(f"{len(texts)} fragments, {len(stale)} rewritten")


if __name__ == "__main__":
    main()
