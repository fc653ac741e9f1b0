import threading

import pytest

from examples.structured_concurrency.thread_scopes import JOBS, bare_threads, scoped


@pytest.mark.timeout(30)
def test_first_failure_cancels_queued_jobs_and_stops_running_ones():
    _, outcomes = scoped("test-scope")
    assert outcomes["finished"] == 0  # nothing ran to its 30 s end
    assert outcomes["stopped"] in {1, 2}  # the other worker's job, and perhaps one more
    assert sum(outcomes.values()) == JOBS


@pytest.mark.timeout(30)
def test_bare_threads_put_the_old_hook_back():
    before = threading.excepthook
    bare_threads()
    assert threading.excepthook is before


@pytest.mark.timeout(30)
def test_bare_threads_puts_the_old_hook_back_even_when_it_fails(monkeypatch):
    before = threading.excepthook

    def broken_start(self):
        raise RuntimeError("cannot start")

    monkeypatch.setattr(threading.Thread, "start", broken_start)
    with pytest.raises(RuntimeError):
        bare_threads()
    assert threading.excepthook is before
