import asyncio
import contextvars
import sys

import pytest

from examples.synchronisation.context_copies import in_plain_thread, read, request_id

INHERITS = bool(getattr(sys.flags, "thread_inherit_context", 0))


def test_to_thread_copies_and_run_in_executor_does_not():
    async def scenario() -> tuple[str, str]:
        request_id.set("caller")
        loop = asyncio.get_running_loop()
        return await asyncio.to_thread(read), await loop.run_in_executor(None, read)

    copied, executor = contextvars.copy_context().run(asyncio.run, scenario())
    assert copied == "caller"
    if not INHERITS:  # free-threaded: the pool thread may have inherited a copy
        assert executor == "<unset>"


@pytest.mark.skipif(not INHERITS, reason="needs sys.flags.thread_inherit_context (3.14t)")
def test_a_plain_thread_inherits_the_callers_context_where_the_flag_is_set():
    context = contextvars.copy_context()
    context.run(request_id.set, "caller")
    assert context.run(in_plain_thread) == "caller"


@pytest.mark.skipif(sys.version_info < (3, 14), reason="-X thread_inherit_context is new in 3.14")
def test_with_the_flag_forced_on_threads_and_pool_threads_inherit():
    from tests.harness import ROOT, run_command

    script = ROOT / "examples" / "synchronisation" / "context_copies.py"
    run = run_command([sys.executable, "-X", "thread_inherit_context=1", str(script)])
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[2] == "loop.run_in_executor:    'request-7'"  # the pool thread inherited
    assert lines[3] == ("threading.Thread:        'request-7' "
                        "(sys.flags.thread_inherit_context=True)")
