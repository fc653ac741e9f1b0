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
# # The overview in a notebook
#
# Companion to [§0.1 Overview](../../overview/).
# [Download this notebook (.ipynb)](overview.ipynb) or its
# [percent-format source (.py)](overview.py). Every output below was produced by running the
# notebook when this site was built.

# %%
import os
import sys

print(sys.version.split()[0], "on", sys.platform, "-", os.cpu_count(), "cores")

# %% [markdown]
# ## Overlapping waits, with threads
#
# The chapter's example, imported: four waits one after another, then all at once in threads.

# %%
from examples.overview.overlapping_waits import all_at_once, one_after_another

serial, overlapped = one_after_another(), all_at_once()
print(f"one after another: {serial:.2f} s, all at once: {overlapped:.2f} s, "
      f"ratio {serial / overlapped:.1f}")
assert overlapped < serial

# %% [markdown]
# ## The same with asyncio: await at the top level
#
# A Jupyter cell already runs inside an event loop, so it can `await` directly; `asyncio.run()` is
# for scripts (see the [asyncio notebook](../asyncio_basics/)).

# %%
import asyncio
import time

start = time.perf_counter()
await asyncio.gather(*(asyncio.sleep(0.2) for _ in range(4)))
print(f"four 0.2 s sleeps, awaited together: {time.perf_counter() - start:.2f} s")
