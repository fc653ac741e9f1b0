import multiprocessing
import sys

import pytest

from examples.processes.fork_warning import fork_with_a_thread_running

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="fork is not available here")


@pytest.mark.timeout(30)
@pytest.mark.skipif(sys.version_info >= (3, 12), reason="Python 3.12+ warns")
def test_python_311_forks_silently():
    caught, exitcode = fork_with_a_thread_running()
    assert caught == []
    assert exitcode == 0


def _child_can_take(lock) -> None:
    import os

    os._exit(0 if lock.acquire(timeout=0.5) else 3)


@pytest.mark.timeout(30)
@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # the 3.12+ warning, tested above
def test_a_lock_held_by_another_thread_stays_held_in_the_forked_child():
    import threading

    lock, holding, release = threading.Lock(), threading.Event(), threading.Event()

    def hold() -> None:
        with lock:
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(10)
    try:
        child = multiprocessing.get_context("fork").Process(target=_child_can_take,
                                                            args=(lock,))
        child.start()
        child.join(10)
    finally:
        release.set()
        holder.join()
    assert child.exitcode == 3  # no thread in the child will ever release it


@pytest.mark.timeout(30)
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_logging_reinitialises_its_handler_lock_in_the_forked_child():
    import logging
    import threading

    handler = logging.StreamHandler()
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        with handler.lock:
            holding.set()
            release.wait(10)

    holder = threading.Thread(target=hold)
    holder.start()
    holding.wait(10)
    try:
        child = multiprocessing.get_context("fork").Process(target=_child_can_take,
                                                            args=(handler.lock,))
        child.start()
        child.join(10)
    finally:
        release.set()
        holder.join()
    assert child.exitcode == 0  # os.register_at_fork gave the child a fresh lock
