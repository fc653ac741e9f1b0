import pytest

pytest.importorskip("distributed", reason="needs the cluster dependency group")

from examples.cluster.dask_futures import square


@pytest.mark.timeout(120)
def test_get_executor_is_a_concurrent_futures_executor(dask_client):
    import concurrent.futures

    with dask_client.get_executor() as executor:
        assert isinstance(executor, concurrent.futures.Executor)
        future = executor.submit(square, 12)
        assert next(concurrent.futures.as_completed([future], timeout=30)).result() == 144
