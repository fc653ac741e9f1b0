import threading

import pytest

from examples.synchronisation.rlock import Account


@pytest.mark.timeout(10)
def test_the_failed_nested_acquire_leaves_the_lock_released():
    plain = Account(threading.Lock(), balance=100)
    plain.transfer_all(timeout=0.05)
    assert not plain.lock.locked()  # the outer `with` released it despite the failure


@pytest.mark.timeout(10)
def test_an_rlock_held_by_one_thread_still_excludes_another():
    lock = threading.RLock()
    with lock, lock:  # re-entered twice by this thread
        acquired_elsewhere: list[bool] = []
        other = threading.Thread(
            target=lambda: acquired_elsewhere.append(lock.acquire(timeout=0.05)))
        other.start()
        other.join()
    assert acquired_elsewhere == [False]
