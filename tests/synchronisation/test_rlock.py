import threading

import pytest

from examples.synchronisation.rlock import Account


@pytest.mark.timeout(10)
def test_a_lock_blocks_its_own_holder_and_an_rlock_does_not():
    plain = Account(threading.Lock(), balance=100)
    assert plain.transfer_all(timeout=0.05) is False
    assert plain.balance == 100
    assert not plain.lock.locked()  # the outer `with` released it despite the failure
    reentrant = Account(threading.RLock(), balance=100)
    assert reentrant.transfer_all(timeout=0.05) is True
    assert reentrant.balance == 0


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
