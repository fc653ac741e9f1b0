import sys

import pytest

if sys.version_info < (3, 14):
    pytest.skip("needs Python 3.14 (concurrent.interpreters)", allow_module_level=True)

from concurrent import interpreters

from examples.subinterpreters.sharing import append_item, make_counter


@pytest.mark.timeout(30)
def test_copies_and_shares():
    interpreter = interpreters.create()
    try:
        items = ["a", "b"]
        assert interpreter.call(append_item, items) == 3
        assert items == ["a", "b"]  # the interpreter changed a copy
        buffer = bytearray(3)
        interpreter.prepare_main(view=memoryview(buffer))
        interpreter.exec("view[:] = b'xyz'")
        assert bytes(buffer) == b"xyz"  # the same memory
        with pytest.raises(interpreters.NotShareableError):
            interpreter.call(make_counter())
    finally:
        interpreter.close()


@pytest.mark.timeout(30)
def test_queue_carries_values_both_ways():
    interpreter = interpreters.create()
    try:
        inbox, outbox = interpreters.create_queue(), interpreters.create_queue()
        interpreter.prepare_main(inbox=inbox, outbox=outbox)
        for number in range(5):
            inbox.put(number)
        interpreter.exec("for _ in range(5):\n    outbox.put(inbox.get(timeout=10) * 10)")
        assert [outbox.get(timeout=10) for _ in range(5)] == [0, 10, 20, 30, 40]
    finally:
        interpreter.close()
