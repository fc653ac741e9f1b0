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
# # Futures in a notebook
#
# Companion to [§0.8 Futures](../../futures/).
# [Download this notebook (.ipynb)](futures.ipynb) or its
# [percent-format source (.py)](futures.py). Every output below was produced by running the
# notebook when this site was built.

# %% [markdown]
# ## Thread workers may live in the notebook; process workers may not
#
# A `ThreadPoolExecutor` runs a cell's function in the kernel's own memory. A
# `ProcessPoolExecutor` must import its function in every worker, so the function comes from a
# module (here the chapter's example).

# %%
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed


def shout(word: str) -> str:
    return word.upper()


with ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(shout, word) for word in ("futures", "threads")]
    print(sorted(future.result(timeout=10) for future in as_completed(futures, timeout=10)))

# %%
from examples.futures.executor_map import slow_square

with ProcessPoolExecutor(max_workers=2,
                         mp_context=multiprocessing.get_context("spawn")) as executor:
    print(list(executor.map(slow_square, range(5), timeout=60)))  # in input order

# %% [markdown]
# ## result() re-raises the worker's exception
#
# The cell is tagged `raises-exception`: it is meant to fail, and the error shown is the worker's.

# %% tags=["raises-exception"] raises="ZeroDivisionError"
with ThreadPoolExecutor(max_workers=1) as executor:
    executor.submit(lambda: 1 / 0).result(timeout=10)
