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
# # The trouble with processes, in a notebook
#
# Companion to [§0.7 The trouble with processes](../../process_problems/).
# [Download this notebook (.ipynb)](process_problems.ipynb) or its
# [percent-format source (.py)](process_problems.py). Every output below was produced by running the
# notebook when this site was built.

# %% [markdown]
# ## Which process am I in?
#
# The kernel is the main process; pool workers are its children. The function is imported, so
# spawned workers can find it.

# %%
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

from examples.process_problems.which_process import describe

print("the kernel:", describe())
with ProcessPoolExecutor(max_workers=1,
                         mp_context=multiprocessing.get_context("spawn")) as executor:
    print("a worker:  ", executor.submit(describe).result(timeout=60))

# %% [markdown]
# ## Shared memory: a Value with its lock
#
# A `Value` made by the same context as the processes is shared with them, not copied.

# %%
from examples.process_problems.value_array import count_up

spawn = multiprocessing.get_context("spawn")
counter = spawn.Value("i", 0)
workers = [spawn.Process(target=count_up, args=(counter, 2_000)) for _ in range(2)]
for worker in workers:
    worker.start()
for worker in workers:
    worker.join(timeout=60)
print("exit codes:", [worker.exitcode for worker in workers], "counter:", counter.value)
assert counter.value == 4_000

# %% [markdown]
# ## A leaked SharedMemory block does not outlive its program
#
# The example starts a separate program that creates a block and never unlinks it; that
# program's resource tracker unlinks it at exit, and warns.

# %%
from examples.process_problems.shared_memory_leak import main as leak_demo

leak_demo()
