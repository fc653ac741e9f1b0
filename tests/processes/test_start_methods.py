import multiprocessing
import sys

import pytest

from examples.processes.start_methods import child_sees

METHODS = multiprocessing.get_all_start_methods()


@pytest.mark.timeout(60)
@pytest.mark.parametrize("method", ["spawn", "forkserver"])
def test_spawn_and_forkserver_children_start_from_a_fresh_import(method):
    if method not in METHODS:
        pytest.skip(f"{method} is not available here")
    assert child_sees(method) == "child saw SETTING = 'as imported'"


@pytest.mark.timeout(60)
@pytest.mark.skipif("fork" not in METHODS, reason="fork is not available here")
def test_fork_child_sees_the_parents_current_memory(run_example):
    run = run_example("processes/start_methods.py")
    assert run.returncode == 0, run.stderr
    assert "      fork: child saw SETTING = 'changed by main()'" in run.stdout.splitlines()


def test_unavailable_method_is_reported():
    assert child_sees("no-such-method") == "not available on this platform"


@pytest.mark.timeout(60)
def test_example_states_the_platform_default(run_example):
    run = run_example("processes/start_methods.py")
    assert run.returncode == 0, run.stderr
    default = {"win32": "spawn", "darwin": "spawn"}.get(
        sys.platform, "forkserver" if sys.version_info >= (3, 14) else "fork")
    assert run.stdout.splitlines()[0] == f"default start method here: {default}"
