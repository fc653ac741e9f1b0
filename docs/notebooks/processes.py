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
# # Processes in a notebook
#
# Companion to [§0.4 Multiprocessing](../../processes/).
# [Download this notebook (.ipynb)](processes.ipynb) or its
# [percent-format source (.py)](processes.py). Every output below was produced by running the
# notebook when this site was built.
#
# The notes' "work took 0.22 seconds" came from a notebook. Here is why, in a real kernel.

# %%
import multiprocessing
import os
import sys
import time

print(sys.version.split()[0], "on", sys.platform, "-", os.cpu_count(), "cores")
# A notebook's __main__ is the kernel's namespace: it has no file a child could import again.
print("__main__ has a file:", hasattr(sys.modules["__main__"], "__file__"))

# %% [markdown]
# ## The notes' MuchCPU, defined in a cell, started with spawn
#
# spawn is the default on macOS and Windows, forkserver on Linux from Python 3.14; this notebook
# asks for spawn so that it behaves the same everywhere. Each child must unpickle a `MuchCPU`,
# which means finding `MuchCPU` in *its* `__main__`, where no cell ever ran.

# %%
multiprocessing.set_start_method("spawn", force=True)
LOOPS = 10_000_000


class MuchCPU(multiprocessing.Process):
    def run(self) -> None:
        print(os.getpid())
        for _ in range(LOOPS):
            pass


processes = [MuchCPU() for _ in range(2)]
start = time.perf_counter()
for process in processes:
    process.start()
for process in processes:
    process.join(timeout=60)
elapsed = time.perf_counter() - start
print(f"work took {elapsed:.2f} seconds")
print("exit codes:", [process.exitcode for process in processes])
assert all(process.exitcode == 1 for process in processes)  # every child died

# %% [markdown]
# The time is short because nothing was counted: each child died while unpickling, with
# `AttributeError: Can't get attribute 'MuchCPU' on <module '__main__' (built-in)>`, and exited
# with code 1. `start()` and `join()` raise nothing in the parent. The children's tracebacks go to
# the kernel's standard error (file descriptor 2), not to the cell's `sys.stderr` object. A recent
# ipykernel (6 or later) reads that descriptor and relays the text to the cell that is running, so
# the red block above usually appears; it is also echoed to the terminal that started Jupyter.
# An older kernel, or a child that outlives the cell, leaves it in the terminal only, so the
# notebook then shows nothing but a plausible time. Always check `exitcode`.
#
# ## The fix: import the worker from a module
#
# The same class, saved in a file (`examples/processes/much_cpu.py`), can be imported by every
# child.

# %%
from examples.processes.much_cpu import MuchCPU as ImportedMuchCPU

processes = [ImportedMuchCPU(LOOPS) for _ in range(2)]
start = time.perf_counter()
for process in processes:
    process.start()
for process in processes:
    process.join(timeout=60)
print(f"work took {time.perf_counter() - start:.2f} seconds, start method",
      multiprocessing.get_start_method())
print("exit codes:", [process.exitcode for process in processes])
assert all(process.exitcode == 0 for process in processes)

# %% [markdown]
# ## Capturing what a child prints
#
# `contextlib.redirect_stdout` replaces `sys.stdout` in *this* process only. A child writes to
# file descriptor 1, which it inherited; whatever reaches the notebook comes through the kernel,
# not through the redirect. To get a child's text reliably, send it back as data.

# %%
import contextlib
import io

from examples.process_problems.which_process import describe, report

captured = io.StringIO()
with contextlib.redirect_stdout(captured):
    child = multiprocessing.Process(target=report, name="reporter")
    child.start()
    child.join(timeout=60)
print("redirect_stdout captured:", repr(captured.getvalue()))
assert captured.getvalue() == ""

with multiprocessing.Pool(1) as pool:  # a return value always arrives
    print("returned by the child:", pool.apply(describe))
