import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "free_threading" / (
    "warnings_context.py")
needs_314 = pytest.mark.skipif(sys.version_info < (3, 14), reason="needs Python 3.14")


def _run(*options: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *options, str(EXAMPLE)],
                          capture_output=True, text=True, encoding="utf-8", timeout=60)


@needs_314
@pytest.mark.parametrize("aware", ["0", "1"])
def test_catch_warnings_in_one_thread_reaches_another_only_without_the_flag(aware):
    run = _run("-X", f"context_aware_warnings={aware}")
    assert run.returncode == 0, run.stderr
    leaked = aware == "0"
    assert run.stdout.splitlines()[1].endswith(f"applied here: {leaked}")


@needs_314
def test_the_flag_defaults_to_on_exactly_on_free_threaded_builds():
    import sysconfig

    free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    assert bool(sys.flags.context_aware_warnings) is free_threaded


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="the gate is for Python < 3.14")
def test_older_python_is_told_what_it_needs():
    run = _run()
    assert run.returncode == 1
    assert run.stderr.strip().startswith("needs Python 3.14+")
