import multiprocessing

import pytest

from examples.pools.close_vs_terminate import nap


@pytest.mark.timeout(30)
def test_terminate_has_reaped_the_workers_when_it_returns():
    pool = multiprocessing.get_context("spawn").Pool(processes=2)
    workers = list(pool._pool)  # the Process objects, to ask after terminate()
    pending = [pool.apply_async(nap, (30,)) for _ in range(2)]
    pool.terminate()
    assert all(worker.exitcode is not None for worker in workers)  # joined: reaped
    assert not any(result.ready() for result in pending)
