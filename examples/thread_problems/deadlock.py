"""Two transfers that lock two accounts in opposite order deadlock; a timeout
detects it and a fixed lock order prevents it."""

import threading
from collections.abc import Callable

WAIT = 0.2  # seconds a transfer waits for its second lock before giving up


class Account:
    def __init__(self, name: str, balance: int) -> None:
        self.name, self.balance, self.lock = name, balance, threading.Lock()


def transfer_naive(source: Account, target: Account, amount: int,
                   both_hold_one: Callable[[], object]) -> bool:
    """Lock the source, then the target: two opposite transfers can each hold one
    lock."""
    with source.lock:
        # make the bad interleaving certain instead of merely possible
        both_hold_one()
        # without a timeout: blocked forever
        got_it = target.lock.acquire(timeout=WAIT)
        both_hold_one()  # neither releases its first lock before both have given up
        if not got_it:
            return False
        try:
            source.balance -= amount
            target.balance += amount
            return True
        finally:
            target.lock.release()


def transfer_ordered(source: Account, target: Account, amount: int) -> bool:
    """Lock both accounts in one global order (here: by name), whatever the
    direction."""
    first, second = sorted((source, target), key=lambda account: account.name)
    with first.lock, second.lock:
        source.balance -= amount
        target.balance += amount
        return True


def run_pair(jobs: list[Callable[[], bool]]) -> list[bool]:
    results = [False] * len(jobs)

    def run(index: int) -> None:
        results[index] = jobs[index]()

    threads = [
        threading.Thread(target=run, args=(index,)) for index in range(len(jobs))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        # never wait forever, even for a broken example
        thread.join(timeout=10 * WAIT)
    return results


def main() -> None:
    alice, bob = Account("alice", 100), Account("bob", 100)
    barrier = threading.Barrier(2)
    naive = run_pair([lambda: transfer_naive(alice, bob, 10, barrier.wait),
                      lambda: transfer_naive(bob, alice, 20, barrier.wait)])
    print(
        f"opposite order: transfers done {naive}, balances "
        f"{alice.balance}/{bob.balance}"
    )

    ordered = run_pair([lambda: transfer_ordered(alice, bob, 10),
                        lambda: transfer_ordered(bob, alice, 20)])
    print(
        f"same order:     transfers done {ordered}, balances "
        f"{alice.balance}/{bob.balance}"
    )


if __name__ == "__main__":
    main()
