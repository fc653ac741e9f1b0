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
# # Clients in a notebook
#
# Companion to [§0.15 AsyncIO clients](../../clients/).
# [Download this notebook (.ipynb)](clients.ipynb) or its
# [percent-format source (.py)](clients.py). Every output below was produced by running the
# notebook when this site was built.

# %% [markdown]
# ## A server to talk to
#
# The sort service of §0.14 runs as a task of the kernel's loop, on a free port.

# %%
import asyncio

from examples.streams.sort_server import Limits, SortService, serve

stop = asyncio.Event()
service = SortService(Limits())
server_task = asyncio.create_task(serve(service, "127.0.0.1", 0, stop))
while service.address is None:
    await asyncio.sleep(0.01)
host, port = service.address

# %% [markdown]
# ## The notes' error, reproduced
#
# The notes ran their client with `loop.run_until_complete()` in Jupyter and got
# `RuntimeError: This event loop is already running`: a cell already runs inside the kernel's
# loop, which cannot be started a second time. The cell is tagged `raises-exception`: it is meant
# to fail. (The coroutine is closed afterwards, so Python does not warn that it was never awaited.)

# %% tags=["raises-exception"] raises="RuntimeError"
from examples.clients.remote_sort import remote_sort

coroutine = remote_sort([3, 1, 2], host, port)
try:
    asyncio.get_event_loop().run_until_complete(coroutine)
finally:
    coroutine.close()

# %% [markdown]
# ## The notebook way: await it
#
# The corrected client, awaited directly in the cell:

# %%
print(await remote_sort([3, 1, 2], host, port))

# %% [markdown]
# ## Many clients, a bounded number at once
#
# The load client's `load()` runs its clients with at most `concurrency` connected at a time,
# and checks every reply.

# %%
from examples.clients.load_client import load

print(dict(await load(host, port, clients=100, size=20, timeout=30, concurrency=20)))

# %%
stop.set()
await server_task
