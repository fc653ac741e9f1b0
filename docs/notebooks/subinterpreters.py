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
# # Subinterpreters in a notebook
#
# Companion to [Subinterpreters](../../subinterpreters/).
# [Download this notebook (.ipynb)](subinterpreters.ipynb) or its
# [percent-format source (.py)](subinterpreters.py). Every output below was produced by running the
# notebook when this site was built.
#
# `concurrent.interpreters` and `InterpreterPoolExecutor` are new in Python 3.14. This site's
# notebooks are built with a Python 3.11 kernel, so the chapter's examples cannot run here, and no
# output of theirs is shown below: run them with a 3.14 kernel (a 3.14 virtual environment with
# `ipykernel` installed and registered, as the
# [free-threading notebook](../free_threading/) shows for 3.14t). What this kernel can show is how
# to detect the feature, and the executor that does the same job before 3.14.

# %% [markdown]
# ## Is concurrent.interpreters there?
#
# Ask the import system instead of the version number: `find_spec()` returns `None` for a module
# that this interpreter does not have, without importing anything.

# %%
import concurrent.futures
import importlib.util
import sys

print("Python", sys.version.split()[0])
has_interpreters = importlib.util.find_spec("concurrent.interpreters") is not None
print("concurrent.interpreters:", has_interpreters)
print("InterpreterPoolExecutor:", hasattr(concurrent.futures, "InterpreterPoolExecutor"))

# %% [markdown]
# The chapter's example modules import `concurrent.interpreters` at their top, so even importing
# them needs 3.14. On a 3.14 kernel the cell below runs the first of them; on this one it says
# why it does not.

# %%
if has_interpreters:
    from examples.subinterpreters import interpreter_basics

    interpreter_basics.main()
else:
    print(f"skipped: examples.subinterpreters needs Python 3.14, this kernel is "
          f"{sys.version_info.major}.{sys.version_info.minor}")

# %% [markdown]
# ## Before 3.14: a process pool
#
# `ProcessPoolExecutor` has the API that `InterpreterPoolExecutor` copies, and it gives the same
# isolation (module state per worker) at the cost of a process per worker and pickled arguments
# and results. In a notebook the worker function must come from a module: under spawn (the
# default on macOS and Windows) and forkserver (Linux, 3.14) a worker cannot find a function
# defined in a cell (the [pools notebook](../pools/) shows that failure). Here the worker is
# imported from the examples package, and the pool uses spawn, as on macOS.

# %%
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from examples.pools.prime_factor import prime_factor

spawn = multiprocessing.get_context("spawn")
with ProcessPoolExecutor(max_workers=2, mp_context=spawn) as executor:
    print("map:", list(executor.map(prime_factor, [10_007, 12_345, 65_536], timeout=60)))
    worker_pid = executor.submit(os.getpid).result(timeout=60)
print("the worker is another process:", worker_pid != os.getpid())
