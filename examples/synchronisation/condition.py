"""Condition.wait_for(): a consumer sleeps until a predicate on shared state
holds."""

import threading

BATCH = 3


def wait_for_batch(
    cond: threading.Condition, items: list[int], seen: list[int]
) -> None:
    """Wake when at least BATCH items are present; record how many there were."""
    with cond:
        # wait_for re-checks the predicate after every notify, so a notify that
        # arrives too early (or a spurious wake-up) puts the waiter back to sleep.
        cond.wait_for(lambda: len(items) >= BATCH, timeout=10)
        seen.append(len(items))


def main() -> None:
    cond = threading.Condition()
    items: list[int] = []
    seen: list[int] = []
    waiter = threading.Thread(
        target=wait_for_batch, args=(cond, items, seen), name="batcher"
    )
    waiter.start()
    for number in range(1, 6):
        with cond:
            items.append(number)
            # Holding the lock: the waiter cannot have taken the batch yet.
            print(f"main: added item {number}, waiter woke yet: {bool(seen)}")
            cond.notify_all()
        if number == BATCH:
            waiter.join(timeout=10)  # it can take the batch now, and only now
    print(f"batcher woke once, seeing {seen[0]} items (wanted >= {BATCH})")


if __name__ == "__main__":
    main()
