import re

import pytest

from examples.thread_problems.thread_overhead import (
    WORKERS,
    executor_pool,
    thread_per_job,
    thread_pool,
)

NUMBERS = list(range(300))


@pytest.mark.timeout(30)
@pytest.mark.parametrize("run", [thread_per_job, executor_pool, thread_pool])
def test_every_way_returns_the_results_in_order(run):
    assert [value for value, _ in run(NUMBERS)] == [n * n for n in NUMBERS]


@pytest.mark.timeout(30)
def test_thread_per_job_starts_one_thread_for_each_job():
    assert len({name for _, name in thread_per_job(NUMBERS)}) == len(NUMBERS)


@pytest.mark.timeout(30)
@pytest.mark.parametrize("run", [executor_pool, thread_pool])
def test_pools_reuse_at_most_their_workers(run):
    assert 1 <= len({name for _, name in run(NUMBERS)}) <= WORKERS


def test_example_output(run_example):
    run = run_example("thread_problems/thread_overhead.py")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    for line in lines[1:3]:
        used = int(re.fullmatch(r" *\w+: 2000 jobs, threads used: (\d+), correct: True", line)[1])
        assert used <= WORKERS
