from collections import Counter
from multiprocessing import get_context

import pytest

from examples.pools.initializer import connect, task


@pytest.mark.timeout(60)
def test_no_worker_runs_more_than_maxtasksperchild_tasks_and_each_was_set_up():
    with get_context("spawn").Pool(processes=2, initializer=connect,
                                   initargs=("x",), maxtasksperchild=2) as pool:
        results = pool.map(task, range(8), chunksize=1)
    per_worker = Counter(pid for pid, _ in results)
    assert max(per_worker.values()) <= 2
    assert sum(per_worker.values()) == 8
    assert {seen for _, seen in results} == {"connection to x"}
