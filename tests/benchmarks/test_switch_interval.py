import sys
import sysconfig

import pytest

from examples.benchmarks import switch_interval

GIL_BUILD = not sysconfig.get_config_var("Py_GIL_DISABLED")


@pytest.mark.timeout(60)
def test_a_busy_thread_leaves_the_switch_interval_as_it_found_it():
    before = sys.getswitchinterval()
    switch_interval.with_cpu_thread(5, 0.001)
    assert sys.getswitchinterval() == before


def test_each_wait_beside_a_busy_thread_costs_about_one_switch_interval(quick_results):
    results = quick_results("switch_interval")
    assert results["rows"]["alone"]["io_slowdown"] == 1.0
    if GIL_BUILD:
        # The I/O thread must wait for the busy thread to be told to drop the GIL,
        # which happens one switch interval after it asked: at least ~5 ms per wait.
        row = results["rows"]["cpu_thread_interval_5ms"]
        assert row["io_ms_per_wait"] >= 0.5 * 5
