import contextvars
import sys

import pytest

from examples.synchronisation.thread_context import request_id, run_in_thread
from tests.harness import ROOT, run_command


def _seen(context_factory: str) -> str:
    outer = contextvars.copy_context()
    outer.run(request_id.set, "caller")
    make = {"copy": contextvars.copy_context, "empty": contextvars.Context}[context_factory]
    return outer.run(lambda: run_in_thread(make()))


@pytest.mark.skipif(sys.version_info < (3, 14), reason="Thread(context=) is new in 3.14")
@pytest.mark.parametrize("flag", ["0", "1"])
def test_the_example_prints_the_same_under_either_flag(flag):
    script = ROOT / "examples" / "synchronisation" / "thread_context.py"
    run = run_command([sys.executable, "-X", f"thread_inherit_context={flag}", str(script)])
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines()[1] == "context=Context():      '<unset>'"


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="shows the message on 3.13 and older")
def test_thread_context_example_names_the_version_it_needs(run_example):
    run = run_example("synchronisation/thread_context.py")
    assert run.returncode != 0
    assert run.stderr.strip() == "this example needs Python 3.14+ (Thread's context= parameter)"
