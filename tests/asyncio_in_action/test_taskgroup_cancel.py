import asyncio
import sys

import pytest


@pytest.mark.skipif(sys.version_info < (3, 15), reason="needs Python 3.15")
def test_cancel_stops_the_others_and_exits_quietly(run_example):
    run = run_example("asyncio_in_action/taskgroup_cancel.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "left the group without an exception: ['fast found it', 'slow cancelled', "
        "'slower cancelled']",
    ]


@pytest.mark.skipif(sys.version_info >= (3, 15), reason="tests the versions before 3.15")
def test_no_taskgroup_cancel_before_315():
    assert not hasattr(asyncio.TaskGroup, "cancel")
