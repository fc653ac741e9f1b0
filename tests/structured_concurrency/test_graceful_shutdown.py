import asyncio
import time

import pytest

from examples.structured_concurrency.graceful_shutdown import GRACE, serve


@pytest.mark.timeout(20)
def test_shutdown_takes_the_grace_period_and_not_the_stuck_jobs_time():
    start = time.perf_counter()
    asyncio.run(serve([]))
    elapsed = time.perf_counter() - start
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
