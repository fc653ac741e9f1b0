import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "free_threading"
needs_314 = pytest.mark.skipif(sys.version_info < (3, 14), reason="needs Python 3.14")


def _run(example: str, *options: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *options, str(EXAMPLES / example)],
                          capture_output=True, text=True, encoding="utf-8", timeout=60)


@needs_314
@pytest.mark.parametrize("inherit", ["0", "1"])
def test_a_plain_thread_inherits_the_context_exactly_when_the_flag_says(inherit):
    run = _run("thread_context.py", "-X", f"thread_inherit_context={inherit}")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[1] == f"a plain Thread sees the caller's value: {inherit == '1'}"
    # an explicit context wins over the flag, on every build
    assert lines[2].endswith("sees: req-42")
    assert lines[3].endswith("sees: unset")


@needs_314
def test_the_flag_defaults_to_on_exactly_on_free_threaded_builds():
    import sysconfig

    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    assert bool(sys.flags.thread_inherit_context) is free_threaded


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="the gate is for Python < 3.14")
def test_older_python_is_told_what_it_needs():
    run = _run("thread_context.py")
    assert run.returncode == 1
    assert run.stderr.strip().startswith("needs Python 3.14+")


DECIMAL = """
import decimal, threading
decimal.getcontext().prec = 5
seen = []
worker = threading.Thread(target=lambda: seen.append(decimal.getcontext().prec))
worker.start()
worker.join()
print(seen[0])
"""


@needs_314
@pytest.mark.parametrize("inherit", ["0", "1"])
def test_decimals_context_follows_the_inherit_flag_too(inherit):
    run = subprocess.run([sys.executable, "-X", f"thread_inherit_context={inherit}", "-c",
                          DECIMAL], capture_output=True, text=True, encoding="utf-8",
                         timeout=60, check=True)
    assert (run.stdout.strip() == "5") is (inherit == "1")
