import inspect

import pytest

from examples.asyncio_basics.async_def_matters import SOURCES


def test_the_top_level_await_flag_is_what_lets_the_repl_accept_await():
    import ast

    source = SOURCES["await at module level"]
    with pytest.raises(SyntaxError):
        compile(source, "<test>", "exec")
    code = compile(source, "<test>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    assert code.co_flags & inspect.CO_COROUTINE  # running it makes a coroutine to await
