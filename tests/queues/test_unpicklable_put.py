import multiprocessing
import queue
import threading

import pytest


@pytest.mark.timeout(30)
def test_put_of_an_unpicklable_object_returns_and_the_item_is_lost(capfd):
    channel: multiprocessing.Queue = multiprocessing.Queue()
    channel.put(threading.Lock())  # must not raise
    with pytest.raises(queue.Empty):
        channel.get(timeout=1)
    channel.put(1)
    assert channel.get(timeout=10) == 1  # the next item still goes through
    channel.close()
    channel.join_thread()
    # the failure surfaced only as a traceback printed by the feeder thread
    assert "cannot pickle '_thread.lock' object" in capfd.readouterr().err


def test_the_example_reports_the_error_only_on_stderr(run_example):
    run = run_example("queues/unpicklable_put.py", timeout=30)
    assert run.returncode == 0
    assert "Traceback" in run.stderr
    assert "Traceback" not in run.stdout
