import asyncio
import sys

import pytest

needs_312 = pytest.mark.skipif(sys.version_info < (3, 12), reason="needs Python 3.12")
needs_314 = pytest.mark.skipif(sys.version_info < (3, 14), reason="needs Python 3.14")


async def record(name: str, log: list[str]) -> None:
    log.append(f"{name} starts")
    await asyncio.sleep(0)
    log.append(f"{name} ends")


@needs_312
@pytest.mark.timeout(10)
def test_eager_task_factory_runs_the_coroutine_inside_create_task():
    async def scenario() -> list[str]:
        asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
        log: list[str] = []
        task = asyncio.create_task(record("eager", log))
        log.append("returned")
        await task
        return log

    assert asyncio.run(scenario()) == ["eager starts", "returned", "eager ends"]


@needs_312
@pytest.mark.timeout(10)
def test_an_eager_task_that_never_suspends_is_done_at_once():
    async def scenario() -> bool:
        asyncio.get_running_loop().set_task_factory(asyncio.eager_task_factory)
        task = asyncio.create_task(_instant())
        return task.done()

    assert asyncio.run(scenario()) is True


async def _instant() -> str:
    return "instant"


@needs_314
@pytest.mark.timeout(10)
def test_eager_start_makes_one_task_eager_on_a_lazy_loop():
    async def scenario() -> list[str]:
        log: list[str] = []
        lazy = asyncio.create_task(record("lazy", log))
        eager = asyncio.create_task(record("eager", log), eager_start=True)
        log.append("returned")
        await asyncio.gather(lazy, eager)
        return log

    log = asyncio.run(scenario())
    assert log.index("eager starts") < log.index("returned") < log.index("lazy starts")


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


@pytest.mark.parametrize(("example", "version"), [
    ("asyncio_basics/eager_task_factory.py", (3, 12)),
    ("asyncio_basics/eager_start.py", (3, 14)),
])
def test_the_examples_name_the_version_they_need(run_example, example, version):
    if sys.version_info >= version:
        pytest.skip("this interpreter runs the example")
    run = run_example(example, timeout=30)
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.startswith(f"this example needs Python {version[0]}.{version[1]} ")
