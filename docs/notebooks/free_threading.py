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
# # Free-threaded Python in a notebook
#
# Companion to [Free-threaded Python](../../free_threading/).
# [Download this notebook (.ipynb)](free_threading.ipynb) or its
# [percent-format source (.py)](free_threading.py). Every output below was produced by running the
# notebook when this site was built.
#
# A notebook runs on the build of Python that its *kernel* uses, not the one that started Jupyter.
# This site's notebooks are built with a standard (GIL) build of Python 3.11, so every cell below
# runs there; the last section shows how to get a free-threaded kernel and run the same cells on
# it.

# %% [markdown]
# ## Which build is this kernel?
#
# Two questions, two answers: was the interpreter *compiled* without the GIL (`Py_GIL_DISABLED` in
# `sysconfig`), and is the GIL *on* right now (`sys._is_gil_enabled()`, Python 3.13+, so guarded
# with `hasattr`; a free-threaded build can turn the GIL back on).

# %%
import sys
import sysconfig

print("Python", sys.version.split()[0])
print("Py_GIL_DISABLED:", sysconfig.get_config_var("Py_GIL_DISABLED"))
if hasattr(sys, "_is_gil_enabled"):
    print("GIL enabled now:", sys._is_gil_enabled())
else:
    print("no sys._is_gil_enabled: before 3.13, every CPython build has a GIL")

# %% [markdown]
# The chapter's `detect_build` example wraps both questions and, on 3.13+, asks a fresh
# interpreter what `PYTHON_GIL=0` and `PYTHON_GIL=1` do to it.

# %%
from examples.free_threading import detect_build

detect_build.main()

# %% [markdown]
# ## The race is the same on both builds
#
# The §0.3 lost update, imported from `examples.thread_problems` through the chapter's example:
# barriers make every thread read before any writes, so the unlocked counter loses the same
# updates on every run and on either build. The lock fixes it on both; single `list.append` calls
# lose nothing on both. Removing the GIL changes how fast threads run, not which code is correct.

# %%
from examples.free_threading import race_on_both_builds
from examples.thread_problems.lost_update import ROUNDS, THREADS, race

race_on_both_builds.main()
assert race(ROUNDS, THREADS) == ROUNDS  # each round, every thread but one loses its write

# %% [markdown]
# ## A shared generator fails on both builds
#
# Two threads in one generator's `next()` at once raise `ValueError`; a locked wrapper hands each
# item to exactly one thread.

# %%
from examples.free_threading import shared_iterator

shared_iterator.main()

# %% [markdown]
# ## What one list operation lets others see
#
# Python code that runs inside `sort()`, `extend()` or `remove()` sees the list half-way, as
# another thread on a free-threaded build could.

# %%
from examples.free_threading.builtin_atomicity import (
    seen_during_extend,
    seen_during_remove,
    seen_during_sort,
)

print("len() seen by sort()'s key:", seen_during_sort())
print("lengths seen by extend()'s generator:", seen_during_extend())
print("remove():", seen_during_remove())

# %% [markdown]
# ## Running these cells on a free-threaded kernel
#
# The speedup that the chapter measures needs a free-threaded interpreter behind the kernel. Make
# a virtual environment with one, install `ipykernel` into it, and register it as a kernel of its
# own (`--name` is the kernel's id, `--display-name` what the kernel picker shows):
#
# ```console
# $ uv venv --python 3.14t ~/.venvs/py314t
# $ uv pip install --python ~/.venvs/py314t ipykernel
# $ ~/.venvs/py314t/bin/python -m ipykernel install --user --name py314t \
#       --display-name "Python 3.14 (free-threaded)"
# $ jupyter kernelspec list
# ```
#
# `ipykernel` depends on `pyzmq`, a C extension: where no wheel is published for the free-threaded
# build, the installer builds it from source (a compiler and libzmq needed).
#
# Then pick "Python 3.14 (free-threaded)" in Jupyter's kernel menu and run this notebook again:
# the first cell should print `Py_GIL_DISABLED: 1` and `GIL enabled now: False`. If it says
# `True`, something turned the GIL back on, typically an extension module that does not declare
# free-threading support (Python warns when it imports one); the chapter shows how to check.
# The same works with `3.13t`.
