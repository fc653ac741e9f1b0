import sys

import pytest


@pytest.mark.skipif(sys.version_info < (3, 13), reason="track= is new in Python 3.13")
def test_track_false_reader_leaves_the_block_to_its_creator(run_example):
    run = run_example("process_problems/shared_memory_track_false.py", timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""  # no tracker found a leak or a missing block
    assert run.stdout.splitlines()[-1] == "unlink() by the creator succeeded"


@pytest.mark.skipif(sys.version_info >= (3, 13), reason="the gate is for Python < 3.13")
def test_older_python_is_told_what_it_needs(run_example):
    run = run_example("process_problems/shared_memory_track_false.py", timeout=60)
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.strip() == "needs Python 3.13+ for SharedMemory(track=False)"
