import threading

import pytest

from examples.thread_problems.deadlock import (
    Account,
    run_pair,
    transfer_naive,
    transfer_ordered,
)


@pytest.mark.timeout(10)
def test_opposite_lock_order_deadlocks_and_the_timeout_reports_it():
    alice, bob = Account("alice", 100), Account("bob", 100)
    barrier = threading.Barrier(2, timeout=5)
    run_pair([lambda: transfer_naive(alice, bob, 10, barrier.wait),
              lambda: transfer_naive(bob, alice, 20, barrier.wait)])
    assert not alice.lock.locked()
    assert not bob.lock.locked()


@pytest.mark.timeout(10)
def test_naive_transfer_works_when_alone():
    alice, bob = Account("alice", 100), Account("bob", 100)
    assert transfer_naive(alice, bob, 10, lambda: None)
    assert (alice.balance, bob.balance) == (90, 110)


@pytest.mark.timeout(20)
def test_ordered_transfers_in_both_directions_always_finish():
    alice, bob = Account("alice", 100), Account("bob", 100)
    start = threading.Barrier(8, timeout=5)

    def transfer(source: Account, target: Account) -> bool:
        start.wait()  # all eight contend for the two locks at once
        return all(transfer_ordered(source, target, 1) for _ in range(200))

    jobs = [lambda: transfer(alice, bob), lambda: transfer(bob, alice)] * 4
    assert run_pair(jobs) == [True] * 8
    assert (alice.balance, bob.balance) == (100, 100)
    assert alice.balance + bob.balance == 200
