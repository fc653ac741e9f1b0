import asyncio
import sys

import pytest


@pytest.mark.skipif(sys.version_info < (3, 13), reason="async for over as_completed: 3.13+")
@pytest.mark.timeout(20)
def test_async_iteration_yields_the_original_tasks():
    async def scenario() -> list[bool]:
        tasks = [asyncio.create_task(asyncio.sleep(d)) for d in (0.03, 0.01, 0.02)]
        return [task in tasks async for task in asyncio.as_completed(tasks)]

    assert asyncio.run(scenario()) == [True, True, True]


@pytest.mark.skipif(sys.version_info >= (3, 13), reason="shows the message before 3.13")
def test_example_names_the_version_it_needs(run_example):
    run = run_example("async_protocols/as_completed_tasks.py")
    assert run.returncode != 0
    assert "needs Python 3.13+" in run.stderr
