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
# # AsyncIO in action, in a notebook
#
# Companion to [§0.10 AsyncIO in action](../../asyncio_in_action/).
# [Download this notebook (.ipynb)](asyncio_in_action.ipynb) or its
# [percent-format source (.py)](asyncio_in_action.py). Every output below was produced by running the
# notebook when this site was built.

# %% [markdown]
# ## The notes' five_sleepers, awaited
#
# The chapter's script calls `asyncio.run(five_sleepers())`; in a cell, `await` it.

# %%
from examples.asyncio_in_action.five_sleepers import five_sleepers

await five_sleepers()

# %% [markdown]
# ## "This event loop is already running"
#
# This is the error the notes hit: `run_until_complete()` on the kernel's loop, which is already
# running the cell. The cell is tagged `raises-exception`: it is meant to fail.

# %% tags=["raises-exception"] raises="RuntimeError"
import asyncio

sleeper = asyncio.sleep(0)
try:
    asyncio.get_event_loop().run_until_complete(sleeper)
finally:
    sleeper.close()  # it never ran: close it, or Python warns that it was never awaited

# %% [markdown]
# ## Timeouts work the same in a cell

# %%
from examples.asyncio_in_action.timeouts import bounded

await bounded()
