import threading

import pytest

from examples.threads.join import wait_for


def test_join_with_timeout_returns_while_thread_still_runs(run_example):
    run = run_example("threads/join.py")
    assert run.returncode == 0
    assert run.stdout.splitlines() == [
        "after join(timeout=0.1): alive=True, finished=0",
        "after joining all: alive=False, finished=['worker-0', 'worker-1', 'worker-2']",
    ]


@pytest.mark.timeout(10)
def test_worker_finishes_only_after_release():
    release, finished = threading.Event(), []
    thread = threading.Thread(target=wait_for, args=(release, finished), name="w")
    thread.start()
    thread.join(timeout=0.05)
    assert thread.is_alive()
    assert finished == []
    release.set()
    thread.join(timeout=5)
    assert not thread.is_alive()
    assert finished == ["w"]
