import sys

import pytest

needs_314 = pytest.mark.skipif(sys.version_info < (3, 14), reason="needs Python 3.14")


@needs_314
def test_buffersize_reads_only_a_few_items_ahead(run_example):
    run = run_example("futures/map_buffersize.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "first five squares: [0, 1, 4, 9, 16]",
        "items taken from the endless iterator: 9 (5 used + at most 4 ahead)",
    ]


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="tests the versions before 3.14")
def test_buffersize_is_unknown_before_314():
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as executor, pytest.raises(TypeError):
        executor.map(abs, [1], buffersize=1)
