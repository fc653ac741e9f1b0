import multiprocessing
import os

import pytest

from examples.producer_consumer.process_pipeline import square


@pytest.mark.timeout(60)
def test_each_item_is_squared_exactly_once_in_another_process():
    jobs: multiprocessing.Queue[int | None] = multiprocessing.Queue(maxsize=2)
    results: multiprocessing.Queue[tuple[int, int, int]] = multiprocessing.Queue()
    workers = [multiprocessing.Process(target=square, args=(jobs, results))
               for _ in range(3)]
    for worker in workers:
        worker.start()
    for item in range(40):
        jobs.put(item, timeout=30)
    for _ in workers:
        jobs.put(None, timeout=30)
    collected = [results.get(timeout=30) for _ in range(40)]
    for worker in workers:
        worker.join(timeout=30)
    assert sorted(item for item, _, _ in collected) == list(range(40))
    assert all(result == item * item for item, result, _ in collected)
    assert os.getpid() not in {pid for _, _, pid in collected}
    assert [worker.exitcode for worker in workers] == [0, 0, 0]
