import queue
import threading

import pytest

from examples.producer_consumer.bounded_queue import consume


@pytest.mark.timeout(20)
def test_put_blocks_at_maxsize_and_join_waits_for_every_task_done():
    jobs: queue.Queue[int] = queue.Queue(maxsize=2)
    go = threading.Event()
    done: list[int] = []
    threading.Thread(target=consume, args=(jobs, go, done), daemon=True).start()
    jobs.put(0)
    jobs.put(1)
    with pytest.raises(queue.Full):
        jobs.put(2, timeout=0.05)
    assert jobs.qsize() == 2
    joined = threading.Event()
    joiner = threading.Thread(target=lambda: (jobs.join(), joined.set()))
    joiner.start()
    assert not joined.wait(timeout=0.1)  # two items not yet task_done()
    go.set()
    for item in range(2, 50):
        jobs.put(item)
        assert jobs.qsize() <= 2
    assert joined.wait(timeout=10)  # the first two were done at some point
    jobs.join()  # called after the last put(): returns once all 50 are done
    assert done == list(range(50))
    joiner.join(timeout=5)
