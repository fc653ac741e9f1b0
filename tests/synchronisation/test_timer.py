import threading
import time

import pytest


@pytest.mark.timeout(10)
def test_timer_fires_once_after_its_delay_and_not_when_cancelled():
    fired: list[float] = []
    started = time.monotonic()
    timer = threading.Timer(0.1, lambda: fired.append(time.monotonic() - started))
    cancelled = threading.Timer(0.1, lambda: fired.append(-1.0))
    timer.start()
    cancelled.start()
    cancelled.cancel()
    timer.join(timeout=5)
    cancelled.join(timeout=5)
    assert len(fired) == 1
    assert fired[0] >= 0.1  # never early


def test_cancel_after_firing_changes_nothing():
    fired: list[int] = []
    timer = threading.Timer(0, fired.append, args=(1,))
    timer.start()
    timer.join(timeout=5)
    timer.cancel()
    assert fired == [1]
