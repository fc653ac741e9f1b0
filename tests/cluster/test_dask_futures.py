import re

import pytest

pytest.importorskip("distributed", reason="needs the cluster dependency group")

from examples.cluster.dask_futures import run_executor, run_futures, square


@pytest.mark.timeout(120)
def test_futures_patterns_on_a_local_cluster(dask_client):
    first, *rest = run_futures(dask_client)
    assert re.fullmatch(r"cluster: [12] worker processes, none of them this one: True", first)
    assert rest == [
        "submit: square(7) = 49",
        "map + as_completed: [0, 1, 4, 9, 16, 25, 36, 49]",
        "a failure comes back from result(): ValueError: job 3 failed",
        "a lambda travels too: 42",
        "scattered once, used where it lives: len 1000000, held by 1 worker",
        "a worker died: KilledWorker; the cluster carries on: square(9) = 81",
    ]


@pytest.mark.timeout(120)
def test_get_executor_is_a_concurrent_futures_executor(dask_client):
    import concurrent.futures

    assert run_executor(dask_client) == [square(n) for n in range(5)]
    with dask_client.get_executor() as executor:
        assert isinstance(executor, concurrent.futures.Executor)
        future = executor.submit(square, 12)
        assert next(concurrent.futures.as_completed([future], timeout=30)).result() == 144
