import sys

import pytest


@pytest.mark.skipif(sys.version_info < (3, 13), reason="queue.Queue.shutdown() is new in 3.13")
def test_shutdown_drains_then_raises_shutdown(run_example):
    run = run_example("queues/queue_shutdown.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "consumed [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]; consumers alive: False",
        "put() after shutdown() raised queue.ShutDown",
        "shutdown(immediate=True): get() raised queue.ShutDown, size 0",
    ]

