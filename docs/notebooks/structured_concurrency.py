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
# # Structured concurrency in a notebook
#
# Companion to [Structured concurrency](../../structured_concurrency/).
# [Download this notebook (.ipynb)](structured_concurrency.ipynb) or its
# [percent-format source (.py)](structured_concurrency.py). Every output below was produced by
# running the notebook when this site was built.
#
# The chapter's scripts start with `asyncio.run()`. A cell already runs inside the kernel's event
# loop, so here the same coroutines are awaited at the top level of a cell. One thing differs, and
# it makes scopes matter more in a notebook: the kernel's loop never ends. A task that nobody
# awaits is not cancelled when the cell finishes; it keeps running in the background.

# %%
import asyncio
import sys

print(sys.version.split()[0], "- a loop is running:", asyncio.get_running_loop().is_running())

# %% [markdown]
# ## A TaskGroup cancels and awaits the siblings of a failed task
#
# `sibling` and `fail_when` are the chapter's coroutines, imported from the examples package. When
# `fail_when` raises, the group cancels `sibling`, waits for its cleanup, and only then raises an
# `ExceptionGroup`. The tasks are kept in a list so that the cell can check that none outlived
# the block (the kernel runs tasks of its own, so counting `asyncio.all_tasks()` would not do).

# %%
from examples.structured_concurrency.task_group import fail_when, sibling

log: list[str] = []
started = asyncio.Event()
try:
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(sibling(log, started)), group.create_task(fail_when(started))]
except* ValueError as errors:
    print("raised:", [repr(error) for error in errors.exceptions])
print("log:", log)
print("every task done after the block:", all(task.done() for task in tasks))

# %% [markdown]
# ## gather() leaves an orphan, and in a notebook it outlives the cell
#
# The same two coroutines under `gather()`: the failure is raised, but the sibling is not cancelled.
# With `asyncio.run()` the orphan would at least be cancelled when the loop closes; the kernel's
# loop does not close, so the orphan is still running when the next cell starts.

# %%
log = []
started = asyncio.Event()
orphan = asyncio.create_task(sibling(log, started))
try:
    await asyncio.gather(orphan, fail_when(started))
except ValueError as error:
    print("raised:", repr(error))
print("log:", log)

# %%
print("in the next cell, the orphan is still running:", not orphan.done())
orphan.cancel()  # somebody has to clean up
await asyncio.gather(orphan, return_exceptions=True)
print("after cancel():", orphan.cancelled(), "- log:", log)

# %% [markdown]
# ## asyncio.timeout() is a cancellation scope
#
# On expiry it cancels everything inside, the children of a TaskGroup included, and only the scope
# that expired raises `TimeoutError`. A task that swallows its cancellation defeats it.

# %%
from examples.structured_concurrency.cancel_scopes import (
    nested_scopes,
    swallowed,
    timeout_around_group,
)

print(await timeout_around_group())
print(await nested_scopes())
print(await swallowed())

# %% [markdown]
# Uncaught, an expired scope ends the cell with `TimeoutError`; the 30-second sleep inside is
# cancelled after 0.05 s. The cell is tagged `raises-exception`: it is meant to fail.

# %% tags=["raises-exception"] raises="TimeoutError"
async with asyncio.timeout(0.05):
    await asyncio.sleep(30)

# %% [markdown]
# ## Graceful shutdown: stop, a grace period, then cancel
#
# The chapter's service, awaited in the cell: two workers, a stop request after two jobs, and a
# grace period (`reschedule()` on the scope's deadline) after which the stuck job is cancelled.

# %%
from examples.structured_concurrency.graceful_shutdown import GRACE, serve

shutdown_log: list[str] = []
left = await asyncio.wait_for(serve(shutdown_log), timeout=GRACE + 10)
print("\n".join(shutdown_log))
print("jobs never started:", left)

# %% [markdown]
# ## The same discipline for threads
#
# Threads have no cancellation, so the scope is the executor's `with` block: on the first failure,
# `shutdown(cancel_futures=True)` drops the queued jobs and a stop `Event` ends the running ones.
# Bare threads report the failure to `threading.excepthook` instead of the caller, and keep
# running. This matters in a notebook too: a thread left running after its cell keeps its
# resources, and its late output lands in whichever cell runs next.

# %%
from examples.structured_concurrency.thread_scopes import JOBS, alive, bare_threads, scoped

error, outcomes = scoped("notebook-scoped")
print(f"executor: first failure {error}; {JOBS} jobs -> {outcomes}")
print("threads alive after the with-block:", alive("notebook-scoped"))
reported, still_running = bare_threads()
print(f"bare threads: the hook got {reported}; still running after join() of the failed one: "
      f"{still_running}")
