import queue
import threading

import pytest


@pytest.mark.timeout(20)
def test_simple_queue_delivers_every_item_put_from_many_threads():
    events: queue.SimpleQueue[int] = queue.SimpleQueue()
    threads = [threading.Thread(target=lambda base=base: [events.put(base + n)
                                                         for n in range(100)])
               for base in range(0, 800, 100)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    received = sorted(events.get(timeout=1) for _ in range(800))
    assert received == list(range(800))
    assert events.empty()
