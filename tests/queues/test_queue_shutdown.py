import queue
import sys
import threading

import pytest

from examples.queues.queue_shutdown import consume


@pytest.mark.timeout(30)
@pytest.mark.skipif(sys.version_info < (3, 13), reason="queue.Queue.shutdown() is new in 3.13")
def test_shutdown_wakes_every_consumer_blocked_on_an_empty_queue():
    jobs: queue.Queue[int] = queue.Queue()
    done: list[int] = []
    consumers = [threading.Thread(target=consume, args=(jobs, done)) for _ in range(4)]
    for consumer in consumers:
        consumer.start()
    jobs.shutdown()  # no items at all, and no sentinel for each consumer
    for consumer in consumers:
        consumer.join(timeout=10)
    assert not any(consumer.is_alive() for consumer in consumers)
    assert done == []
