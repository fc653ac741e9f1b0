import asyncio
import re
import time

import pytest

from examples.structured_concurrency.graceful_shutdown import GRACE, serve

EXPECTED_LOG = [
    "worker-1: finished quick-1",
    "worker-1: finished quick-2",
    "worker-1: stopped",
    "stop requested: 2 jobs not started",
    "worker-0: cancelled during stuck (grace period over)",
    "grace period over: the TaskGroup cancelled the rest and waited for them",
]


@pytest.mark.timeout(20)
def test_in_hand_jobs_finish_stuck_ones_are_cancelled_at_the_deadline():
    log: list[str] = []
    start = time.perf_counter()
    left = asyncio.run(serve(log))
    elapsed = time.perf_counter() - start
    assert log == EXPECTED_LOG
    assert left == 2
    assert elapsed >= GRACE  # the stuck worker got its whole grace period...
    assert elapsed < 10  # ...and not the 30 s its job wanted


def test_example_output(run_example):
    run = run_example("structured_concurrency/graceful_shutdown.py")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[:-1] == EXPECTED_LOG
    assert re.fullmatch(r"done in [\d.]+ s; jobs never started: 2", lines[-1])
