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
# # Producer/consumer in a notebook
#
# Companion to [Producer/consumer with backpressure](../../producer_consumer/).
# [Download this notebook (.ipynb)](producer_consumer.ipynb) or its
# [percent-format source (.py)](producer_consumer.py). Every output below was produced by running
# the notebook when this site was built.
#
# Three things differ from a script: asyncio workers outlive the cell that started them, a
# blocking `get()` in a cell freezes every task, and worker *processes* cannot always find a
# function defined in a cell.

# %%
import asyncio
import multiprocessing
import queue

# %% [markdown]
# ## asyncio workers keep running after their cell
#
# The kernel's event loop never stops, so worker tasks started in a cell are still alive — idle in
# `get()` — when the cell ends. A later cell can feed them, and must cancel them in the end.

# %%
from examples.producer_consumer.asyncio_workers import worker

jobs: asyncio.Queue[int] = asyncio.Queue(maxsize=2)
results: dict[int, str] = {}
gauge = {"peak_backlog": 0}
workers = [asyncio.create_task(worker(f"worker-{n}", jobs, results, gauge)) for n in range(3)]
print("workers started; the cell ends here")

# %%
print("still running in the next cell:", sum(not task.done() for task in workers))
for item in range(6):
    await jobs.put(item)
await jobs.join()
print("handled:", sorted(results))
for task in workers:
    task.cancel()
await asyncio.gather(*workers, return_exceptions=True)
print("after cancel():", sum(not task.done() for task in workers), "running")

# %% [markdown]
# ## A blocking get() in a cell stops every task
#
# A cell's code runs in the loop's thread. `queue.Queue.get()` there blocks the loop itself: no
# task runs until it returns. `await asyncio.to_thread(q.get)` waits in a worker thread instead,
# and the loop keeps serving the tasks (the counter below goes on ticking).

# %%
handoff: queue.Queue[str] = queue.Queue()
ticks = 0


async def ticker() -> None:
    global ticks
    while True:
        await asyncio.sleep(0.01)
        ticks += 1


async def put_later() -> None:
    await asyncio.sleep(0.2)
    handoff.put("item")


clock = asyncio.create_task(ticker())
producer = asyncio.create_task(put_later())
print("got", await asyncio.to_thread(handoff.get, timeout=10),
      "- ticks meanwhile:", "some" if ticks > 5 else "none")
_ = clock.cancel()

# %% [markdown]
# ## Worker processes need importable functions
#
# With the *spawn* start method (the default on Windows and macOS), a child process imports the
# parent's `__main__` to find its target. A notebook's `__main__` is the kernel, which does not
# contain the cells' functions, so a worker defined in a cell dies in the child. A function
# imported from a module works with every start method.

# %%
def square_in_cell(jobs, results) -> None:  # defined here, in the kernel's __main__
    while (item := jobs.get()) is not None:
        results.put((item, item * item, 0))


spawn = multiprocessing.get_context("spawn")
child = spawn.Process(target=square_in_cell, args=(spawn.Queue(), spawn.Queue()))
child.start()
child.join(timeout=60)
print("cell-defined target, spawn: exit code", child.exitcode)

# %%
from examples.producer_consumer.process_pipeline import square

tasks, answers = spawn.Queue(maxsize=4), spawn.Queue()
child = spawn.Process(target=square, args=(tasks, answers))
child.start()
for item in range(4):
    tasks.put(item)
tasks.put(None)
squares = sorted(answers.get(timeout=60)[1] for _ in range(4))
child.join(timeout=60)
print("imported target, spawn:", squares, "exit code", child.exitcode)
