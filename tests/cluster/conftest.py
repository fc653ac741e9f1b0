"""One Dask LocalCluster for every Dask test: starting one takes seconds."""

import pytest


@pytest.fixture(scope="session")
def dask_client():
    pytest.importorskip("distributed", reason="needs the cluster dependency group")
    import dask
    from distributed import Client

    from examples.cluster.dask_futures import TIMEOUT, start_cluster

    # As in the example: a task whose worker dies fails at once instead of being retried.
    with (dask.config.set({"distributed.scheduler.allowed-failures": 0}),
          start_cluster() as cluster, Client(cluster, timeout=TIMEOUT) as client):
        yield client
