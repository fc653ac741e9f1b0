import asyncio
import contextvars
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from examples.executors.to_thread import blocking_lookup, handle, request_id
from tests.harness.config import interpreters

# On free-threaded 3.14+ builds a new thread starts with a copy of its starter's context.
INHERITS = bool(getattr(sys.flags, "thread_inherit_context", False))


def test_the_callers_request_ids_do_not_leak_out_of_their_tasks():
    async def both() -> list[str]:
        return await asyncio.gather(handle("a"), handle("b"))

    asyncio.run(both())
    assert request_id.get() == "-"


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


PROBE = """
import contextvars
from concurrent.futures import ThreadPoolExecutor
request_id = contextvars.ContextVar("request_id", default="-")
request_id.set("req-x")
with ThreadPoolExecutor(max_workers=1) as pool:  # its thread is started by this submit()
    print(pool.submit(request_id.get).result())
"""


@pytest.mark.timeout(60)
@pytest.mark.parametrize(("flag", "seen"), [("0", "-"), ("1", "req-x")])
def test_thread_inherit_context_decides_what_a_new_pool_thread_sees(flag, seen):
    python = interpreters().get((3, 14)) or interpreters().get((3, 15))
    if python is None:
        pytest.skip("needs Python 3.14 or 3.15 (GUIDE_PYTHONS lists others)")
    run = subprocess.run([python, "-X", f"thread_inherit_context={flag}", "-c", PROBE],
                         capture_output=True, text=True, encoding="utf-8", timeout=30,
                         check=True)
    assert run.stdout.strip() == seen
