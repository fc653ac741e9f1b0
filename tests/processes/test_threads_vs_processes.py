import functools
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest

from examples.processes.threads_vs_processes import count, run_jobs

# spawn: forking the pytest process could copy threads that other tests left running.
SPAWN_POOL = functools.partial(ProcessPoolExecutor, mp_context=multiprocessing.get_context("spawn"))


@pytest.mark.timeout(60)
@pytest.mark.parametrize("executor", [ThreadPoolExecutor, SPAWN_POOL])
def test_threads_and_processes_compute_the_same(executor):
    results, _ = run_jobs(executor, 2)
    assert results == [count(2_000_000)] * 2 == [sum(range(2_000_000))] * 2


def test_example_output(run_example):
    run = run_example("processes/threads_vs_processes.py")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    jobs = min(4, os.cpu_count() or 1)
    assert lines[0].startswith(f"{jobs} jobs on {os.cpu_count()} cores, GIL enabled: ")
