"""The recorder run live, quickly, into a temporary folder: the structure of what it records.
Timings on a shared machine are luck, so only what cannot vary is asserted here; the lessons'
claims are asserted on the committed recordings (test_recordings.py)."""

import itertools
import json
import os
import subprocess
import sys
import sysconfig

import pytest

from examples.timelines import lessons, record
from examples.timelines.recorder import KINDS, OUTCOMES, Recorder
from tests.harness import ROOT


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, dict], dict[str, str]]:
    folder = tmp_path_factory.mktemp("timelines")
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "examples.timelines.record", "--quick", "--label", "live",
         "--recordings", str(folder / "recordings"), "--fragments", str(folder / "fragments")],
        cwd=ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=300)
    assert run.returncode == 0, run.stderr
    recordings = {p.stem: json.loads(p.read_text(encoding="utf-8"))
                  for p in (folder / "recordings").glob("*.json")}
    fragments = {p.name: p.read_text(encoding="utf-8") for p in (folder / "fragments").glob("*")}
    return recordings, fragments


def test_every_lesson_this_python_runs_is_recorded_and_rendered(live):
    recordings, fragments = live
    free = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    expected = {n for n, lesson in lessons.LESSONS.items() if free or not lesson.free_threaded_only}
    assert set(recordings) == expected
    assert set(fragments) == {f"{name}.md" for name in expected}
    for name, recording in recordings.items():
        assert recording["scale"] == 0.25
        assert recording["label"] == "live"
        assert fragments[f"{name}.md"] == record.render(recording)


def test_spans_are_well_formed(live):
    for name, recording in live[0].items():
        for panel in recording["panels"]:
            assert panel["spans"], (name, panel["title"])
            assert min(s["start_ns"] for s in panel["spans"]) == 0
            for span in panel["spans"]:
                assert span["kind"] in KINDS
                assert span["outcome"] in OUTCOMES
                assert span["end_ns"] >= span["start_ns"], span


def test_lanes_are_the_threads_processes_and_tasks_the_lessons_name(live):
    recordings = live[0]
    lanes = {name: [sorted({s["lane"] for s in p["spans"]}) for p in r["panels"]]
             for name, r in recordings.items()}
    assert lanes["io_threads"][1] == ["thread 0", "thread 1", "thread 2"]
    assert lanes["cpu_gil"][1] == ["thread 0", "thread 1"]
    assert len(lanes["cpu_gil"][2]) == 2
    assert all(n.startswith("process-")
                                                 for n in lanes["cpu_gil"][2])
    assert lanes["blocking_loop"][0] == ["handler task", "ticker task"]
    assert lanes["blocking_loop"][1] == ["handler task", "ticker task",
                                         "to_thread's worker thread"]
    assert lanes["taskgroup_cancel"] == [["fails", "fetch a", "fetch b"]]
    assert lanes["bounded_queue"] == [["consumer", "producer"]]
    assert lanes["lock_turns"] == [["thread 0", "thread 1"]]
    assert lanes["asyncio_tasks"] == [["task-0", "task-1", "task-2"]]
    for lanes_of_panel in lanes["pool_chunksize"]:  # a worker that got no chunk has no lane
        assert set(lanes_of_panel) <= {"process-1", "process-2"}
    assert lanes["as_completed"] == [[*(f"job {n} (pool thread)" for n in lessons.JOBS),
                                      "main thread"]]


def test_cancellation_and_failure_are_recorded_as_outcomes(live):
    (group,) = live[0]["taskgroup_cancel"]["panels"]
    outcomes = {(s["lane"], s["kind"]): s["outcome"] for s in group["spans"]}
    assert outcomes == {("fetch a", "io"): "cancelled", ("fetch b", "io"): "cancelled",
                        ("fails", "io"): "done", ("fails", "running"): "raised"}


def test_the_recorder_rejects_an_unknown_kind_and_names_lanes_by_thread():
    recorder = Recorder()
    with pytest.raises(ValueError, match="unknown kind"), recorder.span("napping"):
        pass
    with recorder.span("running"):
        pass
    assert [s["lane"] for s in recorder.spans()] == ["MainThread"]


def test_invariants_that_hold_under_any_load(live):
    # A Lock has one holder at a time; one event loop runs one coroutine at a time.
    recordings = live[0]
    (locked,) = recordings["lock_turns"]["panels"]
    (tasks,) = recordings["asyncio_tasks"]["panels"]
    for spans in ([s for s in locked["spans"] if s["kind"] == "io"],
                  [s for s in tasks["spans"] if s["kind"] == "running"]):
        for a, b in itertools.combinations(spans, 2):
            assert a["end_ns"] <= b["start_ns"] or b["end_ns"] <= a["start_ns"], (a, b)
