import multiprocessing
import sys

import pytest

from examples.processes.fork_warning import fork_with_a_thread_running

pytestmark = pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(),
                                reason="fork is not available here")
WARNING = ("DeprecationWarning: This process (pid=...) is multi-threaded, "
           "use of fork() may lead to deadlocks in the child.")


@pytest.mark.timeout(30)
@pytest.mark.skipif(sys.version_info < (3, 12), reason="the warning is new in Python 3.12")
def test_forking_with_a_second_thread_warns(run_example):
    run = run_example("processes/fork_warning.py")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [WARNING, "child exit code: 0"]
    assert run.stderr == ""


@pytest.mark.timeout(30)
@pytest.mark.skipif(sys.version_info >= (3, 12), reason="Python 3.12+ warns")
def test_python_311_forks_silently():
    caught, exitcode = fork_with_a_thread_running()
    assert caught == []
    assert exitcode == 0
