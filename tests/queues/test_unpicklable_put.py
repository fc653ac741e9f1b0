import multiprocessing
import queue
import threading

import pytest


@pytest.mark.timeout(30)
def test_only_the_unpicklable_items_are_lost_and_the_rest_keep_their_order():
    channel: multiprocessing.Queue = multiprocessing.Queue()
    for item in [0, threading.Lock(), 1, 2, threading.Lock(), 3]:
        channel.put(item)  # never raises, whatever the item
    assert [channel.get(timeout=10) for _ in range(4)] == [0, 1, 2, 3]
    with pytest.raises(queue.Empty):
        channel.get(timeout=0.5)  # the two locks never arrive
    channel.close()
    channel.join_thread()
