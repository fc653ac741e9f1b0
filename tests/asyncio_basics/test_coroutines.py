import asyncio

import pytest

from examples.asyncio_basics import coroutines


def test_a_coroutine_object_runs_only_once():
    coroutine = coroutines.fetch("x")
    asyncio.run(coroutine)
    with pytest.raises(RuntimeError, match="cannot reuse already awaited coroutine"):
        asyncio.run(coroutine)
