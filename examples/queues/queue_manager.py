"""A queue served over TCP by multiprocessing.managers, filled by a client in
another process."""

import multiprocessing
import queue
import secrets
from multiprocessing.managers import BaseManager

jobs: queue.Queue[str] = queue.Queue()  # lives in the manager's server process


def get_jobs() -> queue.Queue[str]:
    return jobs


class QueueManager(BaseManager):
    """Serves the queue; clients call get_jobs() and receive a proxy to it."""


QueueManager.register("get_jobs", callable=get_jobs)


def client(address: tuple[str, int], authkey: bytes) -> None:
    """Another process, and it could be on another machine: it only needs the
    address and key."""
    manager = QueueManager(address=address, authkey=authkey)
    manager.connect()
    remote_jobs = manager.get_jobs()
    for word in ("alpha", "beta", "gamma"):
        remote_jobs.put(word)


def main() -> None:
    authkey = secrets.token_bytes(16)
    # Port 0: the operating system picks a free port. 127.0.0.1: only this machine
    # can connect.
    with QueueManager(address=("127.0.0.1", 0), authkey=authkey) as manager:
        host, port = manager.address
        print(f"queue listening on {host}:{port}")
        writer = multiprocessing.Process(
            target=client, args=(manager.address, authkey)
        )
        writer.start()
        writer.join(timeout=30)
        remote_jobs = manager.get_jobs()
        received = [remote_jobs.get(timeout=10) for _ in range(3)]
        print(f"received from the client process: {received}")
        intruder = QueueManager(address=manager.address, authkey=b"not the key")
        try:
            intruder.connect()
        except multiprocessing.AuthenticationError as error:
            print(f"a wrong authkey is refused: AuthenticationError: {error}")


if __name__ == "__main__":
    main()
