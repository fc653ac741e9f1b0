import threading
import time

import pytest

from examples.threads.join import wait_for


@pytest.mark.timeout(10)
def test_join_with_a_timeout_waits_at_least_that_long_and_returns_none():
    release, finished = threading.Event(), []
    thread = threading.Thread(target=wait_for, args=(release, finished))
    thread.start()
    try:
        began = time.monotonic()
        assert thread.join(timeout=0.2) is None  # no return value says it timed out
        assert time.monotonic() - began >= 0.19
    finally:
        release.set()  # never leave the worker blocked
        thread.join(timeout=5)
