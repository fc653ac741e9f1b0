import asyncio
import sys

import pytest


@pytest.mark.skipif(sys.version_info < (3, 12), reason="needs Python 3.12")
@pytest.mark.timeout(10)
def test_an_eager_task_that_fails_before_suspending_is_done_with_its_error():
    async def fail_at_once() -> None:
        raise ValueError("eager failure")

    async def scenario() -> tuple[bool, BaseException | None]:
        asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
        task = asyncio.create_task(fail_at_once())  # create_task() itself does not raise
        done, error = task.done(), task.exception()
        return done, error

    done, error = asyncio.run(scenario())
    assert done is True
    assert isinstance(error, ValueError)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="this interpreter runs the example")
def test_the_example_names_the_version_it_needs(run_example):
    run = run_example("asyncio_basics/eager_task_factory.py", timeout=30)
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.startswith("this example needs Python 3.12 ")
