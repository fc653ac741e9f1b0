import subprocess
import sys
from multiprocessing import resource_tracker
from multiprocessing.shared_memory import SharedMemory

import pytest

READER = """
import sys
from multiprocessing.shared_memory import SharedMemory
SharedMemory(name=sys.argv[1]).close()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="no resource tracker on Windows")
def test_an_unrelated_reader_unlinks_the_creators_block_at_exit():
    block = SharedMemory(create=True, size=64)
    try:
        subprocess.run([sys.executable, "-c", READER, block.name], capture_output=True,
                       timeout=60, check=True)
        with pytest.raises(FileNotFoundError):
            SharedMemory(name=block.name)
    finally:
        block.close()
        # the block is gone already; stop this process's tracker retrying at exit
        resource_tracker.unregister(block._name, "shared_memory")


@pytest.mark.skipif(sys.platform == "win32", reason="no resource tracker on Windows")
def test_the_trap_example_shows_the_creators_tracker_finding_nothing(run_example):
    run = run_example("process_problems/shared_memory_attach_trap.py", timeout=60)
    assert run.returncode == 0, run.stderr
    # the creator's own tracker also tried to unlink the block at exit, and failed
    assert "No such file or directory" in run.stderr
