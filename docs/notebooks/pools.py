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
# # Pools in a notebook
#
# Companion to [§0.5 Multiprocessing pools](../../pools/).
# [Download this notebook (.ipynb)](pools.ipynb) or its
# [percent-format source (.py)](pools.py). Every output below was produced by running the
# notebook when this site was built.
#
# A pool sends each task to a worker process by pickling a *reference* to the function: its module
# and its name. Under spawn or forkserver the worker finds the function by importing that module.

# %%
import multiprocessing
import os
import sys

# spawn: the default on macOS and Windows; forkserver, the 3.14 default on Linux, behaves the same.
multiprocessing.set_start_method("spawn", force=True)
print(sys.version.split()[0], "on", sys.platform, "-", os.cpu_count(), "cores")

# %% [markdown]
# ## Workers imported from a module work

# %%
from examples.pools.prime_factor import prime_factor

with multiprocessing.Pool(2) as pool:
    results = pool.map(prime_factor, [10_007, 12_345, 65_536])
print(results)
assert results == [[10_007], [3, 5, 823], [2] * 16]

# %% [markdown]
# ## A worker defined in a cell does not
#
# Its reference is `__main__.square`, and a worker's `__main__` never ran this cell. With
# `multiprocessing.Pool` the worker dies on the task and the pool starts a new one, so `map()` can
# wait for ever; `ProcessPoolExecutor` notices the dead worker and fails instead. The cell below is
# meant to fail (it is tagged `raises-exception`), and the wait is bounded all the same.


# %% tags=["raises-exception"] raises="BrokenProcessPool"
from concurrent.futures import ProcessPoolExecutor


def square(number: int) -> int:
    return number * number


with ProcessPoolExecutor(max_workers=1) as executor:
    print(executor.submit(square, 3).result(timeout=60))

# %% [markdown]
# ## What a pool worker prints
#
# A worker's `print()` writes to the file descriptor it inherited from the kernel, not to the
# cell. Recent kernels (ipykernel 6 and later) read that descriptor and relay the text to the cell
# that is running, which is why it shows below; an older kernel leaves it in the terminal that
# started Jupyter. Either way it is text on the side, not a result: return data instead.

# %%
with multiprocessing.Pool(1) as pool:
    pool.apply(print, ("printed by a worker",), {"flush": True})
    returned = pool.apply(str.upper, ("returned by a worker",))
print(returned)
