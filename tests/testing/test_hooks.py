import gc
import sys
import threading

import pytest

from examples.testing.hooks import Resource, parse


@pytest.mark.timeout(30)
def test_excepthook_gets_the_thread_and_the_exception(monkeypatch):
    got = []
    monkeypatch.setattr(threading, "excepthook", got.append)
    worker = threading.Thread(target=parse, args=("x",), name="parser-9")
    worker.start()
    worker.join(timeout=10)
    [args] = got
    assert args.thread is worker
    assert args.exc_type is ValueError


@pytest.mark.timeout(30)
def test_unraisablehook_gets_the_del_exception_and_its_origin(monkeypatch):
    got = []
    monkeypatch.setattr(sys, "unraisablehook", got.append)
    resource = Resource()
    del resource
    gc.collect()
    [args] = got
    assert args.exc_type is RuntimeError
    if sys.version_info >= (3, 14):  # the origin moved into the message
        assert args.object is None
        assert args.err_msg.startswith("Exception ignored while calling deallocator")
        assert "Resource.__del__" in args.err_msg
    else:
        assert args.object is Resource.__del__
