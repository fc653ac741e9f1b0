import re
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
def test_example_output(run_example):
    run = run_example("structured_concurrency/thread_scopes.py")
    assert run.returncode == 0, run.stderr
    first, second, third = run.stdout.splitlines()
    assert re.fullmatch(r"executor: first failure ValueError\('job 0 failed'\); 10 jobs -> "
                        r"1 failed, [12] stopped, [78] never started", first)
    assert second == "executor: threads alive after the with-block: 0"
    assert third == ("bare threads: the caller saw no exception, the thread hook got "
                     "[\"ValueError('job 0 failed')\"]; still running after join() of the "
                     "failed one: 1")
