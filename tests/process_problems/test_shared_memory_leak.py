import subprocess
import sys
from pathlib import Path

import pytest

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="no resource tracker")

LEAK = """
from multiprocessing.shared_memory import SharedMemory
block = SharedMemory(create=True, size=64)
print(block.name, flush=True)
block.close()
"""


@posix_only
def test_the_tracker_unlinks_a_leaked_block_when_its_program_exits():
    run = subprocess.run([sys.executable, "-c", LEAK], capture_output=True, text=True,
                         encoding="utf-8", timeout=60)
    assert run.returncode == 0
    name = run.stdout.strip().lstrip("/")
    if Path("/dev/shm").is_dir():  # Linux shows POSIX blocks as files
        assert not (Path("/dev/shm") / name).exists()
    assert "leaked shared_memory objects" in run.stderr


def test_the_leak_example_leaves_nothing_behind(run_example):
    shm = Path("/dev/shm")
    before = set(shm.iterdir()) if shm.is_dir() else set()
    run = run_example("process_problems/shared_memory_leak.py", timeout=60)
    assert run.returncode == 0, run.stderr
    after = set(shm.iterdir()) if shm.is_dir() else set()
    assert not {p for p in after - before if p.name.startswith("psm_")}
