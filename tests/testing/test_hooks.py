import gc
import sys
import threading

import pytest

from examples.testing.hooks import Resource, parse


@pytest.mark.timeout(30)
def test_excepthook_gets_the_thread_and_the_exception():
    got = []
    old = threading.excepthook
    threading.excepthook = got.append
    try:
        worker = threading.Thread(target=parse, args=("x",), name="parser-9")
        worker.start()
        worker.join(timeout=10)
    finally:
        threading.excepthook = old
    [args] = got
    assert args.thread is worker
    assert args.exc_type is ValueError


@pytest.mark.timeout(30)
def test_unraisablehook_gets_the_del_exception_and_its_origin():
    got = []
    old = sys.unraisablehook
    sys.unraisablehook = got.append
    try:
        resource = Resource()
        del resource
        gc.collect()
    finally:
        sys.unraisablehook = old
    [args] = got
    assert args.exc_type is RuntimeError
    if sys.version_info >= (3, 14):  # the origin moved into the message
        assert args.object is None
        assert args.err_msg.startswith("Exception ignored while calling deallocator")
        assert "Resource.__del__" in args.err_msg
    else:
        assert args.object is Resource.__del__
