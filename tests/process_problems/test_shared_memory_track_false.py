import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 13), reason="the gate is for Python < 3.13")
def test_older_python_is_told_what_it_needs(run_example):
    run = run_example("process_problems/shared_memory_track_false.py", timeout=60)
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.strip() == "needs Python 3.13+ for SharedMemory(track=False)"
