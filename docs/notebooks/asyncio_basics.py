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
# # AsyncIO in a notebook
#
# Companion to [§0.9 AsyncIO](../../asyncio_basics/).
# [Download this notebook (.ipynb)](asyncio_basics.ipynb) or its
# [percent-format source (.py)](asyncio_basics.py). Every output below was produced by running the
# notebook when this site was built.
#
# A Jupyter kernel runs its own event loop all the time, and a cell may `await` at the top level.
# That changes how you start asyncio code: not with `asyncio.run()`.

# %%
import asyncio

loop = asyncio.get_running_loop()  # works outside any coroutine: the cell runs in the loop
print("a loop is running:", loop.is_running())

# %% [markdown]
# ## asyncio.run() is refused
#
# In a script, `asyncio.run(main())` starts the one loop. In a cell, a loop is already running, so
# it raises (the cell is tagged `raises-exception`: it is meant to fail).

# %% tags=["raises-exception"] raises="RuntimeError"
from examples.asyncio_basics.tasks import start_three

asyncio.run(start_three())

# %% [markdown]
# The coroutine object passed to it was never awaited, so Python may also warn about that. The
# notebook way is to `await` it:

# %%
await start_three()

# %% [markdown]
# ## Tasks keep running between cells
#
# The kernel's loop does not stop when a cell ends: a task created in one cell goes on running,
# and a later cell can await it.

# %%
async def tick(count: int) -> int:
    for _ in range(count):
        await asyncio.sleep(0.01)
    return count


background = asyncio.create_task(tick(5))  # keep the reference
print("created; done yet?", background.done())

# %%
print("awaited in the next cell:", await background)

# %% [markdown]
# ## An await gives the loop a turn only when something suspends
#
# The chapter's `parent` creates a task, then awaits a coroutine that does not suspend and a
# future that is already done: the task runs only at `await asyncio.sleep(0)`.

# %%
from examples.asyncio_basics.no_suspend import parent

await parent()
