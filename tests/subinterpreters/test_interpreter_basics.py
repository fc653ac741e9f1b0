import sys

import pytest

if sys.version_info < (3, 14):
    pytest.skip("needs Python 3.14 (concurrent.interpreters)", allow_module_level=True)

from concurrent import interpreters

from examples.subinterpreters import interpreter_basics


@pytest.mark.timeout(30)
def test_module_globals_are_per_interpreter():
    before = interpreter_basics.calls
    first, second = interpreters.create(), interpreters.create()
    try:
        assert [first.call(interpreter_basics.count_call) for _ in range(3)] == [1, 2, 3]
        assert second.call(interpreter_basics.count_call) == 1
    finally:
        first.close()
        second.close()
    assert interpreter_basics.calls == before  # ours never moved


@pytest.mark.timeout(30)
def test_closed_interpreter_is_gone():
    interpreter = interpreters.create()
    interpreter.close()
    assert interpreter.id not in {found.id for found in interpreters.list_all()}
