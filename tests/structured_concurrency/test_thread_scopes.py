import threading

import pytest

from examples.structured_concurrency.thread_scopes import JOBS, alive, bare_threads, scoped


@pytest.mark.timeout(30)
def test_first_failure_cancels_queued_jobs_and_stops_running_ones():
    error, outcomes = scoped("test-scope")
    assert error == "ValueError('job 0 failed')"
    assert outcomes["failed"] == 1
    assert outcomes["finished"] == 0  # nothing ran to its 30 s end
    assert outcomes["stopped"] in {1, 2}  # the other worker's job, and perhaps one more
    assert sum(outcomes.values()) == JOBS
    assert alive("test-scope") == 0  # no thread outlives the with-block


@pytest.mark.timeout(30)
def test_bare_threads_swallow_the_exception_and_leak_a_thread():
    before = threading.excepthook
    reported, still_running = bare_threads()
    assert reported == ["ValueError('job 0 failed')"]  # only the hook saw it
    assert still_running == 1
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
