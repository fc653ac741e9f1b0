import threading

import pytest

from examples.free_threading.shared_iterator import LockedIterator, drain, numbers


@pytest.mark.timeout(30)
def test_locked_iterator_hands_each_item_to_exactly_one_thread():
    taken = drain(LockedIterator(numbers(5_000)), threads=8)
    assert sorted(taken) == list(range(5_000))


@pytest.mark.timeout(30)
def test_locked_iterator_makes_a_second_caller_wait_instead_of_failing():
    inside, release = threading.Event(), threading.Event()
    shared = LockedIterator(numbers(3, inside, release))
    assert next(shared) == 0
    results: list[int] = []
    other = threading.Thread(target=lambda: results.append(next(shared)))
    other.start()
    assert inside.wait(timeout=10)  # the other thread holds the lock, inside the generator
    second = threading.Thread(target=lambda: results.append(next(shared)))
    second.start()
    second.join(timeout=0.2)
    assert second.is_alive()  # waiting for the lock, not failing
    release.set()
    other.join(timeout=10)
    second.join(timeout=10)
    assert sorted(results) == [1, 2]
