import threading
import time

import pytest

from examples.threads.daemon import stoppable


@pytest.mark.timeout(10)
def test_an_event_stopped_thread_runs_until_asked_and_then_stops_promptly():
    stop = threading.Event()
    worker = threading.Thread(target=stoppable, args=(stop,))
    worker.start()
    try:
        time.sleep(0.05)
        assert worker.is_alive()  # nothing stops it but the event
    finally:
        stop.set()
    asked = time.monotonic()
    worker.join(timeout=5)
    assert not worker.is_alive()
    assert time.monotonic() - asked < 2  # it checks the event every 10 ms
