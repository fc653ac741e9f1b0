import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 13), reason="shows the message before 3.13")
def test_example_names_the_version_it_needs(run_example):
    run = run_example("async_protocols/as_completed_tasks.py")
    assert run.returncode != 0
    assert "needs Python 3.13+" in run.stderr
