import asyncio
import sys

import pytest

needs_315 = pytest.mark.skipif(sys.version_info < (3, 15), reason="needs Python 3.15")


@needs_315
@pytest.mark.timeout(10)
def test_an_outer_timeout_still_fires_after_cancel():
    # gh-155433: after tg.cancel(), the group swallowed a cancellation that came from an
    # outer asyncio.timeout(); fixed on main and in 3.15 (backport #157329).
    async def worker() -> None:
        try:
            await asyncio.sleep(3600)
        finally:
            await asyncio.sleep(0.5)  # clean-up that outlasts the outer deadline

    async def scenario() -> str:
        try:
            async with asyncio.timeout(0.2):
                async with asyncio.TaskGroup() as group:
                    group.create_task(worker())
                    await asyncio.sleep(0.05)
                    group.cancel()
        except TimeoutError:
            return "TimeoutError"
        return "no error"

    assert asyncio.run(scenario()) == "TimeoutError"


@pytest.mark.skipif(sys.version_info >= (3, 15), reason="tests the versions before 3.15")
def test_no_taskgroup_cancel_before_315(run_example):
    assert not hasattr(asyncio.TaskGroup, "cancel")
    run = run_example("asyncio_in_action/taskgroup_cancel.py", timeout=30)
    assert run.returncode == 1
    assert run.stderr.startswith("this example needs Python 3.15 or later")
