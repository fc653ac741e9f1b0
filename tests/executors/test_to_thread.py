import asyncio
import contextvars
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from examples.executors.to_thread import blocking_lookup, handle, request_id

# On free-threaded 3.14+ builds a new thread starts with a copy of its starter's context.
INHERITS = bool(getattr(sys.flags, "thread_inherit_context", False))


def test_to_thread_runs_in_a_worker_thread_with_the_callers_context():
    async def both() -> list[str]:
        return await asyncio.gather(handle("a"), handle("b"))

    assert asyncio.run(both()) == [
        "a: thread=True, request_id=req-a",
        "b: thread=True, request_id=req-b",
    ]
    assert request_id.get() == "-"  # the callers' values did not leak out of their tasks


@pytest.mark.skipif(INHERITS, reason="threads inherit the starter's context here")
def test_run_in_executor_does_not_copy_the_context_unless_asked():
    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(threading.current_thread).result()  # its thread starts out here

        async def call() -> tuple[str, str]:
            request_id.set("req-c")
            loop = asyncio.get_running_loop()
            plain = await loop.run_in_executor(pool, blocking_lookup, "c")
            copied = await loop.run_in_executor(
                pool, contextvars.copy_context().run, blocking_lookup, "c")
            return plain, copied

        plain, copied = asyncio.run(call())
    assert plain.endswith("request_id=-")  # the worker thread's own, empty context
    assert copied.endswith("request_id=req-c")  # the fix: run the call in a copy
