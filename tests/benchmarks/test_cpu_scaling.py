import sys
import sysconfig

import pytest

from examples.benchmarks.measure import worker_counts


@pytest.mark.timeout(90)
def test_every_executor_is_measured_against_the_serial_baseline(quick_results):
    results = quick_results("cpu_scaling")
    expected = {"threads", "processes"}
    if sys.version_info >= (3, 14):
        expected.add("interpreters")
    else:
        assert "3.14" in results["skipped"]["interpreters"]
    assert set(results["series"]) == expected
    if not sysconfig.get_config_var("Py_GIL_DISABLED"):  # a GIL build cannot turn it off
        assert results["gil_enabled"] is True
    assert results["tasks"] % max(worker_counts(min(results["cores"], 2))) == 0
    for data in results["series"].values():
        assert data["workers"] == worker_counts(min(results["cores"], 2))
        assert all(elapsed > 0 for elapsed in data["seconds"])
        assert data["speedup"] == pytest.approx(
            [results["serial_seconds"] / elapsed for elapsed in data["seconds"]])
        assert data["efficiency"] == pytest.approx(
            [s / w for s, w in zip(data["speedup"], data["workers"], strict=True)])
