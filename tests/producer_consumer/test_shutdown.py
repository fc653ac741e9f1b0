import queue
import sys
import threading

import pytest

needs_313 = pytest.mark.skipif(sys.version_info < (3, 13),
                               reason="queue.Queue.shutdown() is new in 3.13")


@needs_313
@pytest.mark.timeout(20)
def test_shutdown_wakes_blocked_consumers_after_the_queue_drains():
    from examples.producer_consumer.shutdown import consume

    jobs: queue.Queue[int] = queue.Queue()
    handled: list[int] = []
    lock = threading.Lock()
    workers = [threading.Thread(target=consume, args=(jobs, handled, lock))
               for _ in range(3)]
    for worker in workers:
        worker.start()
    for item in range(30):
        jobs.put(item)
    jobs.shutdown()
    for worker in workers:
        worker.join(timeout=10)
    assert not any(worker.is_alive() for worker in workers)
    assert sorted(handled) == list(range(30))


@needs_313
@pytest.mark.timeout(20)
def test_shutdown_immediate_drops_the_backlog_and_releases_join():
    jobs: queue.Queue[int] = queue.Queue()
    for item in range(5):
        jobs.put(item)
    jobs.shutdown(immediate=True)
    jobs.join()  # would block forever if the dropped items still counted
    with pytest.raises(queue.ShutDown):
        jobs.get(timeout=1)


@pytest.mark.skipif(sys.version_info >= (3, 13), reason="shows the message before 3.13")
def test_example_names_the_version_it_needs(run_example):
    run = run_example("producer_consumer/shutdown.py")
    assert run.returncode != 0
    assert run.stderr.strip() == "this example needs Python 3.13+ (queue.Queue.shutdown)"
