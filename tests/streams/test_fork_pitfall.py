import multiprocessing
import sys

import pytest

from examples.streams.fork_pitfall import WAIT


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
@pytest.mark.timeout(60)
def test_only_a_warmed_fork_pool_or_forkserver_lets_the_client_see_eof(run_example):
    run = run_example("streams/fork_pitfall.py", timeout=50)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""  # no fork-with-threads DeprecationWarning: no thread existed yet
    held = f"no EOF after {WAIT:g} s: a worker holds the socket"
    assert run.stdout.splitlines() == [
        f"fork, pool made in the handler:  reply [1, 2, 3], then {held}",
        # "Create the pool before serving" is not enough: an idle pool has no worker.
        f"fork, idle pool made before:     reply [1, 2, 3], then {held}",
        "fork, pool warmed before:        reply [1, 2, 3], then EOF at once",
        "forkserver, made in the handler: reply [1, 2, 3], then EOF at once",
    ]


@pytest.mark.skipif(sys.platform != "win32", reason="Windows cannot fork")
def test_without_fork_there_is_no_pitfall(run_example):
    run = run_example("streams/fork_pitfall.py")
    assert run.returncode == 0
    assert "cannot fork" in run.stdout
