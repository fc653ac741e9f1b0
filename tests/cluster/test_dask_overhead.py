import pytest

pytest.importorskip("distributed", reason="needs the cluster dependency group")

from examples.cluster.dask_overhead import echo, measure_dask, measure_pool


def test_echo_returns_its_argument():
    assert echo(5) == 5


@pytest.mark.timeout(120)
def test_a_dask_round_trip_costs_more_than_a_process_pool_round_trip(dask_client):
    pool_one, pool_many = measure_pool()
    dask_one, dask_many = measure_dask(dask_client)
    assert min(pool_one, pool_many, dask_one, dask_many) > 0
    # A Dask task goes client -> scheduler -> worker -> scheduler -> client over TCP, a pool task
    # over one pipe: one at a time, the first is tens of times slower here, never faster.
    assert dask_one > pool_one
