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
# # Queues in a notebook
#
# Companion to [§0.6 Queues](../../queues/).
# [Download this notebook (.ipynb)](queues.ipynb) or its
# [percent-format source (.py)](queues.py). Every output below was produced by running the
# notebook when this site was built.
#
# Queue workers are processes too: the target is imported from the examples package, and the
# start method is spawn (the default on macOS and Windows) so the notebook behaves the same on
# every platform.

# %%
import multiprocessing
import tempfile
from pathlib import Path

from examples.queues.search_engine import make_files, parallel_search

with tempfile.TemporaryDirectory() as folder:
    paths = make_files(Path(folder), 6)
    found = parallel_search(paths, ["fizz", "buzz"], workers=2,
                            context=multiprocessing.get_context("spawn"))
for query, files in sorted(found.items()):
    print(query, "->", sorted(Path(name).name for name in files))
