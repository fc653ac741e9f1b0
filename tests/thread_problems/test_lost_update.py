import threading
import time

import pytest

from examples.thread_problems.lost_update import (
    Counter,
    locked,
    locked_add_one,
    race,
    unsafe_add_one,
)


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("threads", "rounds"), [(2, 50), (4, 100)])
def test_unlocked_counter_loses_exactly_all_but_one_update_per_round(threads, rounds):
    assert race(rounds, threads) == rounds  # every round: all read the same value, one survives


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("threads", "rounds"), [(2, 50), (4, 100)])
def test_locked_counter_never_loses_an_update(threads, rounds):
    assert locked(rounds, threads) == threads * rounds


def test_unsafe_add_one_overwrites_a_write_made_during_the_pause():
    counter = Counter()

    def another_thread_writes() -> None:
        counter.value = 100

    unsafe_add_one(counter, another_thread_writes)
    assert counter.value == 1  # the 100 written in between is lost


@pytest.mark.timeout(30)
def test_lock_keeps_other_threads_out_of_the_update():
    counter, lock, inside, most = Counter(), threading.Lock(), [0], [0]

    def pause() -> None:
        inside[0] += 1
        most[0] = max(most[0], inside[0])
        time.sleep(0.01)  # plenty of time for another thread to come in, were it allowed
        inside[0] -= 1

    threads = [threading.Thread(target=locked_add_one, args=(counter, lock, pause))
               for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert counter.value == 4
    assert most[0] == 1
