import asyncio

import pytest

from examples.async_protocols.async_context_manager import Connection, connection


def test_generator_cleanup_runs_when_the_body_raises():
    async def scenario() -> list[str]:
        log: list[str] = []
        with pytest.raises(RuntimeError):
            async with connection(log):
                raise RuntimeError("body failed")
        return log

    assert asyncio.run(scenario()) == ["generator: opened", "generator: closed"]


def test_a_plain_with_cannot_use_an_async_context_manager():
    with pytest.raises(TypeError), Connection([]):
        pass
