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
# # Synchronisation primitives in a notebook
#
# Companion to [Synchronisation primitives](../../synchronisation/).
# [Download this notebook (.ipynb)](synchronisation.ipynb) or its
# [percent-format source (.py)](synchronisation.py). Every output below was produced by running
# the notebook when this site was built.
#
# The `threading` primitives behave exactly as in a script. What changes is the setting around
# them: every cell runs in the kernel's main thread, inside an event loop that never stops.

# %%
import asyncio
import contextvars
import threading

print("this cell runs in", threading.current_thread().name)
print("an event loop is running:", asyncio.get_running_loop().is_running())

# %% [markdown]
# ## threading.local values survive from cell to cell
#
# Cells are not threads: they all run in the same main thread, so a `threading.local()` attribute
# set in one cell is still there in the next — per-thread, not per-cell.

# %%
local = threading.local()
local.session = "session created in an earlier cell"

# %%
print("next cell sees:", getattr(local, "session", "<nothing>"))
seen_by_thread: list[str] = []
thread = threading.Thread(
    target=lambda: seen_by_thread.append(getattr(local, "session", "<nothing>")))
thread.start()
thread.join()
print("a new thread sees:", seen_by_thread[0])

# %% [markdown]
# ## Context variables set at the top level of a cell
#
# The output below shows what the kernel
# that built this page does with a `ContextVar.set()` at the top level: the next cell still sees
# it, as a later line of a script would. Tasks and `asyncio.to_thread` started from a cell copy
# the cell's context, exactly as in the chapter.

# %%
request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="<unset>")
request_id.set("set in the previous cell")
print("same cell:", request_id.get())

# %%
print("next cell:", request_id.get())


async def read_in_task() -> str:
    return request_id.get()


request_id.set("set in this cell")
print("a task started here:", await asyncio.create_task(read_in_task()))
print("asyncio.to_thread:", await asyncio.to_thread(request_id.get))

# %% [markdown]
# ## Reaching the kernel's loop from a thread
#
# The cell's loop is the kernel's, in the main thread. A worker thread can hand it a coroutine with
# `run_coroutine_threadsafe`; the cell awaits the returned `concurrent.futures.Future` through
# `asyncio.wrap_future`. (Calling that future's blocking `.result()` *in a cell* would block the
# very loop that has to run the coroutine: the kernel would hang.)

# %%
loop = asyncio.get_running_loop()


async def where_am_i() -> str:
    return threading.current_thread().name


box: list = []
worker = threading.Thread(
    target=lambda: box.append(asyncio.run_coroutine_threadsafe(where_am_i(), loop)),
    name="worker")
worker.start()
worker.join()
print("the coroutine ran in:", await asyncio.wrap_future(box[0]))
