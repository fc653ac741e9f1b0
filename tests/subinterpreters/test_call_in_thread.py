import sys
import threading

import pytest

if sys.version_info < (3, 14):
    pytest.skip("needs Python 3.14 (concurrent.interpreters)", allow_module_level=True)

from concurrent import interpreters

from examples.subinterpreters.interpreter_basics import square


@pytest.mark.timeout(60)
def test_call_in_thread_starts_a_thread_and_discards_the_result():
    interp = interpreters.create()
    try:
        thread = interp.call_in_thread(square, 7)
        assert isinstance(thread, threading.Thread)
        thread.join(30)
        assert not thread.is_alive()  # it ran to the end; its 49 went nowhere
        assert interp.call(square, 7) == 49  # call() is the way to get a result back
    finally:
        interp.close()
