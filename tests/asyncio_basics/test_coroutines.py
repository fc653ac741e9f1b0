import asyncio

from examples.asyncio_basics import coroutines


def test_a_coroutine_object_does_nothing_until_run():
    coroutines.steps.clear()
    coroutine = coroutines.fetch("x")
    assert coroutines.steps == []
    assert asyncio.run(coroutine) == "X"
    assert coroutines.steps == ["fetch('x') body starts", "fetch('x') body ends"]
