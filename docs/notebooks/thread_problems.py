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
# # The trouble with threads, in a notebook
#
# Companion to [§0.3 The trouble with threads](../../thread_problems/).
# [Download this notebook (.ipynb)](thread_problems.ipynb) or its
# [percent-format source (.py)](thread_problems.py). Every output below was produced by running the
# notebook when this site was built.

# %% [markdown]
# ## Lost updates, forced
#
# The chapter's example makes every thread read before any thread writes (a `Barrier`), so the
# loss is certain, not a matter of luck.

# %%
from examples.thread_problems.lost_update import ROUNDS, THREADS, locked, race

print(f"{THREADS} threads x {ROUNDS} rounds = {THREADS * ROUNDS} increments")
print("without a lock:", race(ROUNDS, THREADS))
print("with a lock:   ", locked(ROUNDS, THREADS))
assert locked(ROUNDS, THREADS) == THREADS * ROUNDS > race(ROUNDS, THREADS)

# %% [markdown]
# ## Is the GIL on in this kernel?
#
# The kernel is an ordinary Python process: on a free-threaded build (3.13t, 3.14t) it can run
# threads in parallel, otherwise not.

# %%
import sys

from examples.thread_problems.gil import gil_enabled

print(sys.version.split()[0], "GIL enabled:", gil_enabled())
