import asyncio

import pytest


def test_await_needs_async_def_and_the_old_decorator_is_gone(run_example):
    run = run_example("asyncio_basics/async_def_matters.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "await at module level: SyntaxError: 'await' outside function",
        "await in a plain def: SyntaxError: 'await' outside async function",
        "await in an async def: compiles",
        "asyncio.coroutine: AttributeError: module 'asyncio' has no attribute 'coroutine'",
    ]


def test_coroutine_decorator_is_missing():
    with pytest.raises(AttributeError):
        asyncio.coroutine  # noqa: B018
