import importlib.util

from examples.benchmarks import run
from examples.benchmarks.registry import BENCHMARKS
from tests.benchmarks.conftest import NO_SUCH_PYTHON


def test_the_runner_saves_machine_interpreters_and_every_benchmark(quick_run):
    assert quick_run["label"] == "quick-machine"
    assert quick_run["mode"] == "quick"
    assert quick_run["machine"]["cpu_count"] >= 1
    assert {"date", "loadavg_before", "loadavg_after", "duration_seconds"} <= set(quick_run)
    [name] = quick_run["interpreters"]
    assert "/" not in quick_run["interpreters"][name]["executable"]  # no build machine paths
    installed = {name for name, benchmark in BENCHMARKS.items()
                 if all(importlib.util.find_spec(module) for module in benchmark.requires)}
    assert set(quick_run["runs"]) == installed
    for by_python in quick_run["runs"].values():
        assert set(by_python) == {name}
        [results] = by_python.values()
        assert results["elapsed_seconds"] > 0
        assert "loadavg" in results
    missing = [s for s in quick_run["skipped"] if s.get("benchmark")]
    assert {s["benchmark"] for s in missing} == set(BENCHMARKS) - installed
    assert all("No module named" in s["reason"] for s in missing)
    assert [s["python"] for s in quick_run["skipped"] if s not in missing] == [NO_SUCH_PYTHON]


def fake_python(executable: str) -> dict:
    return {"executable": executable, "version": "3.11.0", "implementation": "CPython",
            "build": "3.11.0", "free_threaded_build": False, "gil_enabled": True,
            "name": "3.11"}


def test_two_builds_of_one_version_are_both_kept_and_only_shared_benchmarks_run_twice(
        monkeypatch):
    calls = []
    monkeypatch.setattr(run, "describe_python", fake_python)
    monkeypatch.setattr(run, "run_benchmark", lambda executable, benchmark, full, timeout:
                        calls.append((executable, benchmark.name)) or {"benchmark": "x"})
    results = run.run_all(["first", "second"], full=False, only=None, timeout=10)
    assert list(results["interpreters"]) == ["3.11", "3.11+"]
    assert [name for executable, name in calls if executable == "first"] == list(BENCHMARKS)
    assert [name for executable, name in calls if executable == "second"] == [
        name for name, benchmark in BENCHMARKS.items() if benchmark.every_interpreter]


def test_results_that_do_not_fit_the_schema_are_skipped_with_the_reason(monkeypatch):
    class Done:
        returncode, stderr = 0, ""
        stdout = '{"benchmark": "overhead", "quick": true}\n'

    monkeypatch.setattr(run.subprocess, "run", lambda *args, **kwargs: Done())
    outcome = run.run_benchmark("python", BENCHMARKS["overhead"], full=False, timeout=10)
    assert outcome["error"].startswith("results do not fit the schema: overhead: missing [")


def test_rerunning_some_benchmarks_keeps_the_other_runs_and_says_so():
    previous = {"runs": {"gil": {"3.11": "old gil"}, "overhead": {"3.11": "old overhead"}},
                "interpreters": {"3.11": "info"}, "skipped": [{"python": "3.11",
                                                               "benchmark": "gil", "reason": "x"}],
                "notes": ["first"]}
    again = {"runs": {"gil": {"3.11": "new gil"}}, "interpreters": {"3.11": "info"},
             "skipped": [], "date": "2026-12-02T08:00:00+00:00", "mode": "full",
             "loadavg_before": [0.5, 0, 0], "loadavg_after": [1.5, 0, 0]}
    merged = run.merge(previous, again, ["gil"])
    assert merged["runs"] == {"gil": {"3.11": "new gil"}, "overhead": {"3.11": "old overhead"}}
    assert merged["skipped"] == []
    assert merged["notes"] == [
        "first", "gil re-run on 2026-12-02 (full run, load average 0.5 before, 1.5 after)"]


def test_the_runner_waits_for_the_load_to_fall_but_not_forever(monkeypatch):
    loads = iter([3.0, 2.0, 0.5])
    sleeps = []
    monkeypatch.setattr(run, "load_average", lambda: [next(loads), 0.0, 0.0])
    monkeypatch.setattr(run.time, "sleep", sleeps.append)
    run.wait_for_load(1.0, patience=60)
    assert len(sleeps) == 2  # 3.0 and 2.0 were too high; 0.5 was not
    clock = iter(range(0, 1000, 50))
    monkeypatch.setattr(run, "load_average", lambda: [9.0, 0.0, 0.0])
    monkeypatch.setattr(run.time, "monotonic", lambda: next(clock))
    run.wait_for_load(1.0, patience=120)  # returns once its patience is spent
