import asyncio
import sys

import pytest


async def _instant() -> str:
    return "instant"


@pytest.mark.skipif(sys.version_info >= (3, 13, 3), reason="3.13.3+ passes the keyword on")
def test_create_task_has_no_eager_start_before_3133():
    async def scenario() -> None:
        coroutine = _instant()
        try:
            with pytest.raises(TypeError):
                asyncio.create_task(coroutine, eager_start=True)  # noqa: RUF006
        finally:
            coroutine.close()

    asyncio.run(scenario())


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="this interpreter runs the example")
def test_the_example_names_the_version_it_needs(run_example):
    run = run_example("asyncio_basics/eager_start.py", timeout=30)
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.startswith("this example needs Python 3.14 ")
