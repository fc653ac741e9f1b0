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
# # Executors in a notebook
#
# Companion to [§0.13 Executors wrapping blocking code](../../executors/).
# [Download this notebook (.ipynb)](executors.ipynb) or its
# [percent-format source (.py)](executors.py). Every output below was produced by running the
# notebook when this site was built.

# %% [markdown]
# ## asyncio.to_thread from a cell

# %%
import asyncio

from examples.executors.to_thread import handle

print(await asyncio.gather(handle("a"), handle("b")))

# %% [markdown]
# ## A blocking call stalls the kernel's loop too
#
# The chapter's ticker wants to run every 10 ms; a blocking call in a coroutine stops it, and
# `to_thread` does not. Measured here, in the kernel (whose own loop also serves the notebook).

# %%
import os
import sys

from examples.executors.blocking_stalls import compare

print(sys.version.split()[0], "on", sys.platform, "-", os.cpu_count(), "cores")
gaps = await compare()
for name, gap in gaps.items():
    print(f"{name}: longest gap between ticks {gap * 1000:.0f} ms")

# %% [markdown]
# ## A timeout abandons the thread, and in a kernel nothing waits for it
#
# In a script, `asyncio.run()` waits at exit for a thread that a timeout abandoned. The kernel's
# loop never exits, so here the abandoned thread simply runs on in the background. `abandon` is
# the chapter's coroutine: a 1 s blocking job under a 0.1 s timeout.

# %%
import threading

from examples.executors.abandoned_thread import abandon

finished = threading.Event()
await abandon(finished)
print("the job had finished when the timeout fired:", finished.is_set())

# %%
await asyncio.to_thread(finished.wait, 10)  # wait for it without blocking the kernel's loop
print("it finished later, in the background:", finished.is_set())
