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
# # Threads in a notebook
#
# Companion to [§0.2 Threads](../../threads/).
# [Download this notebook (.ipynb)](threads.ipynb) or its
# [percent-format source (.py)](threads.py). Every output below was produced by running the
# notebook when this site was built.
#
# Threads share the kernel's memory, including `__main__`, so functions defined in a cell work as
# thread targets (unlike process workers, see the [pools notebook](../pools/)).

# %%
import threading

import ipykernel

print("ipykernel", ipykernel.__version__)


def greet(number: int) -> None:
    print(f"thread {number} says hello from {threading.current_thread().name}")


threads = [threading.Thread(target=greet, args=(number,)) for number in range(3)]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join(timeout=10)

# %% [markdown]
# ## Where a thread's output lands
#
# The thread below is started in one cell and prints only when the next cell lets it (an `Event`,
# not a sleep, so the order is certain). Its line shows up in the *second* cell's output: the
# kernel sends what a background thread prints to the cell that is running at the time.

# %%
go = threading.Event()


def print_when_told() -> None:
    go.wait(timeout=10)
    print("printed by the background thread")


late = threading.Thread(target=print_when_told)
late.start()
print("first cell done; the thread is waiting")

# %%
go.set()
late.join(timeout=10)
print("second cell: thread joined")

# %% [markdown]
# ## Results and exceptions come back through an executor

# %%
from concurrent.futures import ThreadPoolExecutor

from examples.threads.thread_result import count_words

with ThreadPoolExecutor(max_workers=2) as executor:
    futures = [executor.submit(count_words, text) for text in ("one two", "three four five")]
    print([future.result(timeout=10) for future in futures])
