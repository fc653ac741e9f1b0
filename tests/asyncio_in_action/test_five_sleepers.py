import os
import subprocess

import pytest

from tests.harness import ROOT
from tests.harness.config import interpreters

# The notes' call, outside any running loop: what each Python version does with it.
NOTES_CALL = """
import asyncio

async def answer():
    return 42

print(asyncio.get_event_loop().run_until_complete(answer()))
"""


def notes_call(version: tuple[int, int]) -> subprocess.CompletedProcess:
    python = interpreters().get(version)
    if python is None:
        pytest.skip(f"no Python {version[0]}.{version[1]} here (GUIDE_PYTHONS lists others)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    return subprocess.run([python, "-c", NOTES_CALL], capture_output=True, text=True,
                          encoding="utf-8", timeout=30, cwd=ROOT, env=env)


def test_get_event_loop_works_silently_on_311():
    run = notes_call((3, 11))
    assert (run.returncode, run.stdout, run.stderr) == (0, "42\n", "")


@pytest.mark.parametrize("version", [(3, 12), (3, 13)])
def test_get_event_loop_warns_on_312_and_313(version):
    run = notes_call(version)
    assert (run.returncode, run.stdout) == (0, "42\n")
    assert "DeprecationWarning: There is no current event loop" in run.stderr


@pytest.mark.parametrize("version", [(3, 14), (3, 15)])
def test_get_event_loop_fails_from_314(version):
    run = notes_call(version)
    assert run.returncode == 1
    assert run.stderr.strip().splitlines()[-1] == (
        "RuntimeError: There is no current event loop in thread 'MainThread'.")
