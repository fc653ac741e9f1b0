import hashlib
import re
import sysconfig

import pytest

from examples.thread_problems.gil import BUFFER, count, gil_enabled, hash_rounds

GIL_BUILD = not sysconfig.get_config_var("Py_GIL_DISABLED")


def test_jobs_compute_the_right_answers():
    assert count(1000) == sum(range(1000))
    assert hash_rounds(2) == hashlib.sha256(BUFFER + BUFFER).hexdigest()


@pytest.mark.skipif(not GIL_BUILD or not gil_enabled(), reason="the GIL is disabled")
def test_pure_python_threads_never_use_more_than_one_core_with_the_gil(run_example):
    # CPU time over wall time: with the GIL only one thread runs Python code at any moment.
    # (Whether hashlib uses two cores depends on a second core being free, so it is not tested.)
    run = run_example("thread_problems/gil.py")
    busy = float(re.search(r"pure Python, 2 threads: .*cores busy (\S+)", run.stdout)[1])
    assert busy < 1.5
