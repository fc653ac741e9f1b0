"""A Lock is not re-entrant: the thread holding it blocks on it again. An RLock
is."""

import threading


class Account:
    """Both methods take the lock; transfer_all() calls withdraw() holding it."""

    def __init__(
        self, lock: "threading.Lock | threading.RLock", balance: int
    ) -> None:
        self.lock = lock
        self.balance = balance

    def withdraw(self, amount: int, timeout: float) -> bool:
        # A timeout turns a deadlock into a visible False instead of a hang.
        if not self.lock.acquire(timeout=timeout):
            return False
        try:
            self.balance -= amount
            return True
        finally:
            self.lock.release()

    def transfer_all(self, timeout: float) -> bool:
        with self.lock:
            return self.withdraw(self.balance, timeout)


def main() -> None:
    for name, lock in (("Lock", threading.Lock()), ("RLock", threading.RLock())):
        account = Account(lock, balance=100)
        done = account.transfer_all(timeout=0.2)
        print(
            f"{name:<5} nested acquire succeeded: {done}, balance={account.balance}"
        )


if __name__ == "__main__":
    main()
