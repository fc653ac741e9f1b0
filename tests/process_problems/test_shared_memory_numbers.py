import sys
from pathlib import Path


def test_two_processes_fill_one_block_and_it_is_unlinked(run_example):
    before = set(Path("/dev/shm").iterdir()) if Path("/dev/shm").is_dir() else set()
    run = run_example("process_problems/shared_memory_numbers.py", timeout=30)
    assert run.returncode == 0, run.stderr
    if sys.platform == "linux":  # the block is gone: unlink() was called
        leaked = {p for p in set(Path("/dev/shm").iterdir()) - before if p.name.startswith("psm_")}
        assert not leaked
