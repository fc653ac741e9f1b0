import pytest

pytest.importorskip("distributed", reason="needs the cluster dependency group")

from examples.cluster.dask_overhead import measure_dask, measure_pool


@pytest.mark.timeout(120)
def test_a_dask_round_trip_costs_more_than_a_process_pool_round_trip(dask_client):
    pool_one, _ = measure_pool()
    dask_one, _ = measure_dask(dask_client)
    # A Dask task goes client -> scheduler -> worker -> scheduler -> client over TCP, a pool task
    # over one pipe: one at a time, the first is tens of times slower here, never faster.
    assert dask_one > pool_one
