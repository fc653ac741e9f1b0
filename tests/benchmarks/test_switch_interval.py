import json
import sys
import sysconfig

import pytest

from examples.benchmarks import switch_interval

GIL_BUILD = not sysconfig.get_config_var("Py_GIL_DISABLED")


@pytest.mark.timeout(120)
def test_quick_run_is_json_with_machine_info_and_restores_the_interval():
    before = sys.getswitchinterval()
    results = switch_interval.measure(quick=True)
    assert sys.getswitchinterval() == before
    json.dumps(results)  # JSON-able
    assert {"cores", "platform", "python", "build", "loadavg_1_5_15"} <= set(
        results["machine"])
    assert results["rows"]["alone"]["io_slowdown"] == 1.0
    if GIL_BUILD:
        # The I/O thread must wait for the busy thread to be told to drop the GIL,
        # which happens one switch interval after it asked: at least ~5 ms per wait.
        row = results["rows"]["cpu_thread_interval_5ms"]
        assert row["io_ms_per_wait"] >= 0.5 * 5
    assert "| alone |" in switch_interval.table(results)
