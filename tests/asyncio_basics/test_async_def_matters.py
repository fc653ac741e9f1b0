import asyncio
import inspect

import pytest

from examples.asyncio_basics import async_def_matters
from examples.asyncio_basics.async_def_matters import SOURCES, no_await


def test_await_compiles_only_inside_async_def():
    compiled = {}
    for label, source in SOURCES.items():
        try:
            compile(source, "<test>", "exec")
            compiled[label] = True
        except SyntaxError:
            compiled[label] = False
    assert compiled == {"await at module level": False, "await in a plain def": False,
                        "await in an async def": True}


def test_an_async_def_without_await_is_still_a_coroutine_function():
    async_def_matters.steps.clear()
    assert inspect.iscoroutinefunction(no_await)
    coroutine = no_await()
    assert inspect.iscoroutine(coroutine)
    assert async_def_matters.steps == []  # calling it ran none of the body
    assert asyncio.run(coroutine) == "done"
    assert async_def_matters.steps == ["body ran"]


def test_coroutine_decorator_is_missing():
    with pytest.raises(AttributeError):
        asyncio.coroutine  # noqa: B018


def test_the_top_level_await_flag_is_what_lets_the_repl_accept_await():
    import ast

    source = SOURCES["await at module level"]
    with pytest.raises(SyntaxError):
        compile(source, "<test>", "exec")
    code = compile(source, "<test>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    assert code.co_flags & inspect.CO_COROUTINE  # running it makes a coroutine to await
