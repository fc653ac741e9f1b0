import os
import subprocess
import sys

import pytest

# Pin a fresh interpreter to one CPU, then ask a default Pool how many workers it made.
PINNED = """
import os, sys
from multiprocessing import Pool
os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
with Pool() as pool:
    print(pool._processes, os.cpu_count())
"""

NEVER_CLOSED = """
from multiprocessing import Pool

def square(x):
    return x * x

def squares(values):
    pool = Pool(2)  # as in the notes: never closed, never joined
    return pool.map(square, values)

if __name__ == "__main__":
    print(squares(range(4)))
"""

pinnable = pytest.mark.skipif(not hasattr(os, "sched_setaffinity"), reason="Linux only")


def _run(code: str, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *options, "-c", code], capture_output=True,
                          text=True, encoding="utf-8", timeout=60, check=True)


@pinnable
@pytest.mark.skipif(sys.version_info < (3, 13), reason="process_cpu_count() is 3.13+")
def test_a_default_pool_sizes_itself_to_the_cpus_this_process_may_use():
    workers, _ = _run(PINNED).stdout.split()
    assert int(workers) == 1


@pinnable
@pytest.mark.skipif(sys.version_info >= (3, 13), reason="3.13+ uses process_cpu_count()")
def test_before_313_a_default_pool_counts_every_cpu_of_the_machine():
    workers, cpus = _run(PINNED).stdout.split()
    assert workers == cpus


def test_a_pool_that_is_never_closed_is_reported_as_a_leak(tmp_path):
    program = tmp_path / "never_closed.py"  # a file, so spawned workers can import it
    program.write_text(NEVER_CLOSED, encoding="utf-8")
    run = subprocess.run([sys.executable, "-W", "always::ResourceWarning", str(program)],
                         capture_output=True, text=True, encoding="utf-8", timeout=60,
                         check=True)
    assert run.stdout.strip() == "[0, 1, 4, 9]"
    assert "ResourceWarning: unclosed running multiprocessing pool" in run.stderr
