import hashlib
import re
import sys
import sysconfig

import pytest

from examples.thread_problems.gil import BUFFER, count, gil_enabled, hash_rounds

GIL_BUILD = not sysconfig.get_config_var("Py_GIL_DISABLED")


def test_jobs_compute_the_right_answers():
    assert count(1000) == sum(range(1000))
    assert hash_rounds(2) == hashlib.sha256(BUFFER + BUFFER).hexdigest()


def test_gil_enabled_matches_the_interpreter():
    expected = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    assert gil_enabled() is expected
    if GIL_BUILD:
        assert gil_enabled()


def test_example_reports_both_workloads(run_example):
    run = run_example("thread_problems/gil.py")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == f"GIL enabled: {gil_enabled()}"
    pattern = r"(pure Python|hashlib\.sha256), 2 threads: speedup (\S+)x, cores busy (\S+)"
    found = [re.fullmatch(pattern, line) for line in lines[1:]]
    assert [match[1] for match in found if match] == ["pure Python", "hashlib.sha256"]


@pytest.mark.skipif(not GIL_BUILD or not gil_enabled(), reason="the GIL is disabled")
def test_pure_python_threads_never_use_more_than_one_core_with_the_gil(run_example):
    # CPU time over wall time: with the GIL only one thread runs Python code at any moment.
    # (Whether hashlib uses two cores depends on a second core being free, so it is not tested.)
    run = run_example("thread_problems/gil.py")
    busy = float(re.search(r"pure Python, 2 threads: .*cores busy (\S+)", run.stdout)[1])
    assert busy < 1.5
