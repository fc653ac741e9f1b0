import asyncio
import time

import pytest

from examples.structured_concurrency.graceful_shutdown import GRACE, serve


@pytest.mark.timeout(20)
def test_in_hand_jobs_finish_stuck_ones_are_cancelled_at_the_deadline():
    log: list[str] = []
    start = time.perf_counter()
    not_started = asyncio.run(serve(log))
    elapsed = time.perf_counter() - start
    stop = log.index("stop requested: 2 jobs not started")
    # The worker that asked for the stop ends at its next check, before the deadline...
    assert log.index("worker-1: stopped") < log.index(
        "worker-0: cancelled during stuck (grace period over)")
    # ...the stuck one is cancelled by the deadline, and the group waits for its clean-up.
    assert log[-1] == "grace period over: the TaskGroup cancelled the rest and waited"
    assert log.index("worker-0: cancelled during stuck (grace period over)") > stop
    assert not any(line.startswith("worker-0: finished") for line in log)
    assert not_started == 2  # the queued jobs were never started
    assert elapsed >= GRACE  # the stuck worker got its whole grace period...
    assert elapsed < 10  # ...and not the 30 s its job wanted


@pytest.mark.timeout(20)
def test_an_idle_worker_stops_at_once_instead_of_waiting_for_the_deadline():
    log: list[str] = []
    # Three workers, two jobs: worker-2 is idle in jobs.get() when the stop comes.
    asyncio.run(serve(log, [("stuck", 30.0), ("quick-1", 0.01)], workers=3, stop_after=1))
    assert "worker-2: cancelled while idle" not in log
    assert log.index("worker-2: stopped") < log.index(
        "grace period over: the TaskGroup cancelled the rest and waited")
