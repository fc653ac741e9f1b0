# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Beyond one machine, in a notebook
#
# Companion to [Beyond one machine](../../cluster/).
# [Download this notebook (.ipynb)](cluster.ipynb) or its
# [percent-format source (.py)](cluster.py). Every output below was produced by running the
# notebook when this site was built.
#
# A Dask cluster is a natural thing to drive from a notebook: the cluster outlives each cell, so
# it is started once, used by the cells that follow, and closed at the end. This notebook starts
# the chapter's `LocalCluster` (two worker processes with one thread each, its HTTP endpoint on a
# free local port, quiet logs) and uses it through the chapter's helpers. Every wait on it is
# bounded by `TIMEOUT`.

# %%
import os

import dask
from distributed import Client

from examples.cluster.dask_futures import TIMEOUT, run_executor, run_futures, start_cluster

# A task whose worker dies fails at once (by default the scheduler retries it 3 times).
dask.config.set({"distributed.scheduler.allowed-failures": 0})
cluster = start_cluster()
client = Client(cluster, timeout=TIMEOUT)
print("workers:", len(client.scheduler_info()["workers"]), "- timeout", TIMEOUT, "s")

# %% [markdown]
# ## The futures chapter's code, on the cluster
#
# `run_futures` is the chapter's walk through `submit`, `map` with `as_completed`, a failure that
# comes back from `result()`, a lambda, data scattered to a worker once, and a worker that dies
# (`os._exit`, as if the OS killed it): the task fails with `KilledWorker` and the cluster carries
# on. `run_executor` puts the cluster behind the standard `concurrent.futures.Executor` interface.

# %%
print("\n".join(run_futures(client)))
print("get_executor().map:", run_executor(client))

# %% [markdown]
# ## A function defined in a cell travels
#
# This is where Dask differs from a `ProcessPoolExecutor` in a notebook. The standard library
# pickles a function as a reference (`__main__.cube`), which a spawned worker cannot resolve (the
# [pools notebook](../pools/) shows the failure). Dask serialises with cloudpickle, which sends a
# function defined in `__main__` by value, so a worker runs it without importing anything.

# %%
def cube(number: int) -> int:
    return number**3


futures = client.map(cube, range(5))
print("cube, defined in this cell:", client.gather(futures))
print("run by processes other than the kernel:",
      os.getpid() not in client.run(os.getpid).values())

# %% [markdown]
# ## What a worker prints
#
# A worker is another process: a plain `print()` there writes to the worker's standard output,
# which need not be this cell (when this site was built, it went to the terminal of the build).
# `distributed.print` prints on the worker and sends the text to the client as well, where it
# shows up in the cell. It is text on the side all the same: return data for anything you need.

# %%
from distributed import print as print_on_client


def report(number: int) -> int:
    print_on_client(f"worker {os.getpid() != parent} got {number}")
    return number


parent = os.getpid()
print("returned:", client.submit(report, 5, pure=False).result(timeout=TIMEOUT))

# %% [markdown]
# ## Close the cluster
#
# A notebook keeps its cluster until it is closed or the kernel stops: close the client, then the
# cluster, which stops the worker processes.

# %%
client.close(timeout=TIMEOUT)
cluster.close(timeout=TIMEOUT)
print("cluster status:", cluster.status.name)
