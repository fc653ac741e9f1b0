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
# # Testing and debugging in a notebook
#
# Companion to [Testing and debugging concurrent code](../../testing/).
# [Download this notebook (.ipynb)](testing.ipynb) or its
# [percent-format source (.py)](testing.py). Every output below was produced by running the
# notebook when this site was built.
#
# A kernel is itself a concurrent program: besides the main thread that runs the cells it has
# threads of its own, and the cells run inside an event loop that is already running.

# %% [markdown]
# ## Who else is in this process?
#
# `sys._current_frames()` and `threading.enumerate()`, as in the chapter: the kernel's own
# threads show up with their names beside the main thread.

# %%
import sys
import threading
import traceback

frames = sys._current_frames()
for thread in threading.enumerate():
    frame = frames.get(thread.ident or 0)
    spot = traceback.extract_stack(frame)[-1].name if frame else "?"
    print(f"{thread.name:<24} daemon={thread.daemon!s:<5} in {spot}()")

# %% [markdown]
# ## The virtual-time loop needs a thread of its own here
#
# `asyncio.Runner` will not start a second loop in a thread whose loop is running, and a cell's
# is. `asyncio.to_thread` runs it in a worker thread, where there is no loop yet.

# %%
import asyncio

from examples.testing.virtual_time import VirtualTimeLoop, scenario

print("this cell's thread already runs a loop:", asyncio.get_running_loop().is_running())


def run_virtual() -> list[str]:
    with asyncio.Runner(loop_factory=VirtualTimeLoop) as runner:
        return runner.run(scenario())


print("\n".join(await asyncio.to_thread(run_virtual)))

# %% [markdown]
# ## faulthandler writes to a file descriptor
#
# faulthandler writes with the operating system, not through Python objects, so what it writes to
# `sys.stderr` goes to the kernel process's standard error, wherever that is. Give it a file and
# read the file back to see the dump in the notebook.

# %%
import faulthandler
import tempfile

with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
    faulthandler.dump_traceback(file=log, all_threads=True)
    log.seek(0)
    dump = log.read()
print("threads in the dump:", dump.count("(most recent call first)"))
print(dump.splitlines()[0])
