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
# # HTTP at scale in a notebook
#
# Companion to [HTTP at scale](../../http_at_scale/).
# [Download this notebook (.ipynb)](http_at_scale.ipynb) or its
# [percent-format source (.py)](http_at_scale.py). Every output below was produced by running the
# notebook when this site was built.
#
# A cell already runs inside the kernel's event loop, so the chapter's coroutines are awaited
# directly, without `asyncio.run()`; the server runs as part of the same loop.

# %% [markdown]
# ## A semaphore against the unbounded gather
#
# 50 items, the chapter's server (30 ms a request, 250 a second, burst 20): bounded to five at
# once, no 429s; all at once, some.

# %%
from examples.http_at_scale import four_ways
from examples.http_at_scale.server import serve

for way in (four_ways.with_semaphore, four_ways.unbounded):
    async with serve(four_ways.CONFIG) as server:
        args = (server.url, 50, 5) if way is four_ways.with_semaphore else (server.url, 50)
        result = await way(*args)
    print(f"{way.__name__}: 429s: {result.statuses[429] > 0}, "
          f"connections: {result.connections}")

# %% [markdown]
# ## The first three answers of ten, the rest cancelled

# %%
from examples.http_at_scale.resilient import first_of
from examples.http_at_scale.server import Config

async with serve(Config()) as server:
    got, cancelled = await first_of(server.url, [2.0] * 7 + [0.0, 0.05, 0.1], wanted=3)
print(f"items {sorted(got)}, cancelled: {cancelled}")
