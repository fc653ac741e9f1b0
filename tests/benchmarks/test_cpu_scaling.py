import sys
import sysconfig

import pytest

from examples.benchmarks.measure import worker_counts


def test_every_executor_is_measured_against_a_serial_baseline_timed_with_it(quick_results):
    results = quick_results("cpu_scaling")
    expected = {"threads", "processes"}
    if sys.version_info >= (3, 14):
        expected.add("interpreters")
    else:
        assert "3.14" in results["skipped"]["interpreters"]
    assert set(results["series"]) == expected
    if not sysconfig.get_config_var("Py_GIL_DISABLED"):  # a GIL build cannot turn it off
        assert results["gil_enabled"] is True
    counts = worker_counts(min(results["cores"], 2))
    assert results["tasks"] % max(counts) == 0
    assert results["work"] == {"tasks": results["tasks"],
                               "iterations_per_task": results["iterations_per_task"]}
    assert results["timing"] == "interleaved best"
    for data in results["series"].values():
        assert data["workers"] == counts
        assert len(data["serial_seconds"]) == len(counts)  # one baseline per pool
        assert all(elapsed > 0 for elapsed in data["seconds"])
        assert data["speedup"] == pytest.approx(
            [s / e for s, e in zip(data["serial_seconds"], data["seconds"], strict=True)])
        assert data["efficiency"] == pytest.approx(
            [s / w for s, w in zip(data["speedup"], data["workers"], strict=True)])
    assert results["serial_seconds"] == min(
        s for data in results["series"].values() for s in data["serial_seconds"])
