import threading

import pytest

from examples.synchronisation.condition import BATCH, wait_for_batch


@pytest.mark.timeout(20)
@pytest.mark.parametrize("round_", range(5))
def test_waiter_wakes_exactly_when_its_predicate_holds(round_):
    cond = threading.Condition()
    items: list[int] = []
    seen: list[int] = []
    waiter = threading.Thread(target=wait_for_batch, args=(cond, items, seen))
    waiter.start()
    for number in range(BATCH - 1):
        with cond:
            items.append(number)
            cond.notify_all()  # wakes the waiter: the predicate sends it back to sleep
    waiter.join(timeout=0.2)
    assert waiter.is_alive()
    assert seen == []
    with cond:
        items.append(BATCH)
        cond.notify_all()
    waiter.join(timeout=10)
    assert not waiter.is_alive()
    assert seen == [BATCH]  # woke once, with exactly the batch it waited for

