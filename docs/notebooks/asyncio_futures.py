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
# # Reading an AsyncIO future, in a notebook
#
# Companion to [§0.11 Reading an AsyncIO future](../../asyncio_futures/).
# [Download this notebook (.ipynb)](asyncio_futures.ipynb) or its
# [percent-format source (.py)](asyncio_futures.py). Every output below was produced by running the
# notebook when this site was built.

# %% [markdown]
# ## Two kinds of future, awaited in a cell

# %%
from examples.asyncio_futures.two_futures import compare

await compare()

# %% [markdown]
# ## Crossing between threads and the kernel's loop
#
# The kernel's event loop runs in the kernel's main thread. Other threads reach it only through
# `call_soon_threadsafe` and `run_coroutine_threadsafe`, exactly as in a script.

# %%
from examples.asyncio_futures.thread_bridge import bridge

await bridge()
