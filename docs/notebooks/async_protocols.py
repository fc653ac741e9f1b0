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
# # Async with, async for and async generators in a notebook
#
# Companion to [`async with`, `async for`, and waiting on many things](../../async_protocols/).
# [Download this notebook (.ipynb)](async_protocols.ipynb) or its
# [percent-format source (.py)](async_protocols.py). Every output below was produced by running
# the notebook when this site was built.
#
# A cell may use `await`, `async with` and `async for` at its top level, with no coroutine around
# them: the kernel runs the cell in its event loop.

# %%
import asyncio
import contextlib

from examples.async_protocols.aclosing import rows
from examples.async_protocols.async_context_manager import Connection
from examples.async_protocols.async_iterator import countdown

log: list[str] = []
async with Connection(log):
    log.append("class: body, at the top level of a cell")
print(log)
print([number async for number in countdown(3)])

# %% [markdown]
# ## An abandoned async generator stays open
#
# In a script, `asyncio.run()` closes every async generator left open when `main()` returns. The
# kernel's loop never returns, so a generator you broke out of keeps its connection until the
# generator object is deleted — and then its clean-up is only *scheduled* on the loop.

# %%
released: list[str] = []
stream = rows(released, "left open")
async for number in stream:
    if number == 1:
        break
print("after the loop:", released)

# %%
print("a cell later:", released)
del stream  # the last reference: asyncio schedules stream.aclose() as a task
await asyncio.sleep(0.1)  # give that task a turn on the loop
print("after del and a turn of the loop:", released)

# %% [markdown]
# `contextlib.aclosing()` releases it where you leave, notebook or not:

# %%
released.clear()
async with contextlib.aclosing(rows(released, "aclosing")) as stream2:
    async for number in stream2:
        if number == 1:
            break
print("right after the async with:", released)

# %% [markdown]
# ## Tasks outlive the cell that awaited asyncio.wait
#
# `asyncio.wait()` never cancels what is pending. In a script the leftovers would at least be
# cancelled when `asyncio.run()` ends (`Lib/asyncio/runners.py`); in a kernel they keep running until you cancel them.

# %%
from examples.async_protocols.wait_first import job

slow = asyncio.create_task(job("slow", 30))
fast = asyncio.create_task(job("fast", 0.01))
done, pending = await asyncio.wait({slow, fast}, return_when=asyncio.FIRST_COMPLETED)
print("done is just the fast one:", done == {fast}, "- pending:", len(pending))

# %%
print("next cell, slow still running:", not slow.done())
slow.cancel()
await asyncio.wait({slow})
print("cancelled:", slow.cancelled())
