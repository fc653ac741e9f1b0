import queue
import threading

import pytest

from examples.producer_consumer.sentinel import STOP, consume


@pytest.mark.timeout(20)
def test_one_sentinel_per_worker_stops_them_all_after_the_real_items():
    jobs: queue.Queue[object] = queue.Queue(maxsize=3)
    handled: dict[str, list[object]] = {}
    workers = [threading.Thread(target=consume, args=(jobs, handled), name=f"w{n}")
               for n in range(4)]
    for worker in workers:
        worker.start()
    for item in range(100):
        jobs.put(item)
    for _ in workers:
        jobs.put(STOP)
    for worker in workers:
        worker.join(timeout=10)
    assert not any(worker.is_alive() for worker in workers)
    items = [item for mine in handled.values() for item in mine]
    assert sorted(items) == list(range(100))  # none lost, none twice  # type: ignore
    assert jobs.empty()  # each worker took exactly one sentinel


@pytest.mark.timeout(20)
def test_one_sentinel_too_few_leaves_a_worker_blocked():
    jobs: queue.Queue[object] = queue.Queue()
    handled: dict[str, list[object]] = {}
    workers = [threading.Thread(target=consume, args=(jobs, handled), daemon=True)
               for _ in range(2)]
    for worker in workers:
        worker.start()
    jobs.put(STOP)
    for worker in workers:
        worker.join(timeout=0.2)
    assert sum(worker.is_alive() for worker in workers) == 1
    jobs.put(STOP)  # release it
    for worker in workers:
        worker.join(timeout=5)
