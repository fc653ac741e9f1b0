import threading

import pytest

from examples.synchronisation.semaphore import Gauge, download


@pytest.mark.timeout(30)
@pytest.mark.parametrize("limit", [1, 3])
def test_semaphore_never_lets_more_than_its_value_in(limit):
    slots = threading.BoundedSemaphore(limit)
    gauge = Gauge()
    threads = [threading.Thread(target=download, args=(slots, gauge)) for _ in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert 1 <= gauge.peak <= limit
    assert gauge.inside == 0


def test_a_plain_semaphore_accepts_an_extra_release():
    plain = threading.Semaphore(1)
    plain.release()  # silently raises the limit to 2
    assert plain.acquire(timeout=0)
    assert plain.acquire(timeout=0)
