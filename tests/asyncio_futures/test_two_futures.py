import asyncio
import concurrent.futures

import pytest


def test_asyncio_future_result_never_waits(run_example):
    run = run_example("asyncio_futures/two_futures.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "asyncio.Future.result() before done: InvalidStateError: Result is not set.",
        "asyncio.Future.result(timeout=1): TypeError (no timeout parameter)",
        "await future: 'ready'",
        "concurrent.futures.Future.result(timeout=0.05): waited, then TimeoutError",
    ]


def test_the_two_result_methods_differ():
    loop = asyncio.new_event_loop()
    try:
        future = loop.create_future()
        with pytest.raises(asyncio.InvalidStateError):
            future.result()
    finally:
        loop.close()
    with pytest.raises(TimeoutError):
        concurrent.futures.Future().result(timeout=0.01)
