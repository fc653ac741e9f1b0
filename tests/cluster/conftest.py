"""One Dask LocalCluster for every Dask test: starting one takes seconds."""

import pytest


# One cluster for the chapter's tests, stopped when they are done: its scheduler and workers
# would otherwise tick along (a few % of a core) beside every later test.
@pytest.fixture(scope="package")
def dask_client():
    pytest.importorskip("distributed", reason="needs the cluster dependency group")
    import dask
    from distributed import Client

    from examples.cluster.dask_futures import TIMEOUT, start_cluster

    # As in the example: a task whose worker dies fails at once instead of being retried.
    with (dask.config.set({"distributed.scheduler.allowed-failures": 0}),
          start_cluster() as cluster, Client(cluster, timeout=TIMEOUT) as client):
        yield client
