import sys

import pytest

from examples.thread_problems import switch_interval
from examples.thread_problems.switch_interval import gil_enabled


@pytest.mark.skipif(not gil_enabled(), reason="without a GIL nothing waits for it")
def test_each_wakeup_waits_a_switch_interval_for_the_cpu_thread():
    old = sys.getswitchinterval()
    sys.setswitchinterval(switch_interval.LONG_INTERVAL)
    try:
        crowded = switch_interval.next_to_a_cpu_thread()
    finally:
        sys.setswitchinterval(old)
    # A CPU-bound thread gives the GIL up only when a waiter has waited one interval,
    # so every wake-up costs about one interval; load can only add to that.
    assert crowded >= 0.8 * switch_interval.WAKEUPS * switch_interval.LONG_INTERVAL
