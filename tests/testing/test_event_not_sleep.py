import threading

import pytest

from examples.testing.event_not_sleep import event_based_check, sleep_based_check, warm


@pytest.mark.timeout(30)
def test_the_sleep_based_check_fails_when_the_worker_is_late():
    assert sleep_based_check() is False


@pytest.mark.timeout(30)
def test_the_event_based_check_passes_however_late_within_its_bound():
    assert all(event_based_check() for _ in range(5))


@pytest.mark.timeout(30)
def test_the_event_is_set_only_after_the_cache_is_filled():
    cache: dict[str, int] = {}
    ready, go = threading.Event(), threading.Event()
    worker = threading.Thread(target=warm, args=(cache, ready, go))
    worker.start()
    assert ready.wait(timeout=0.1) is False  # a bounded wait reports "not yet"
    assert cache == {}
    go.set()
    assert ready.wait(timeout=10) is True
    assert cache == {"answer": 42}
    worker.join(timeout=10)
    assert not worker.is_alive()
