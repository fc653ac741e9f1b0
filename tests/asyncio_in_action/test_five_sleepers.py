import os
import subprocess

import pytest

from tests.harness import ROOT
from tests.harness.config import interpreters

EXPECTED_SLEEPS = [f"{n} sleeps for {0.1 + 0.2 * (4 - n):.2f} seconds" for n in range(5)]

# The notes' call, outside any running loop: what each Python version does with it.
NOTES_CALL = """
import asyncio

async def answer():
    return 42

print(asyncio.get_event_loop().run_until_complete(answer()))
"""


def check_order(lines: list[str], final: list[str]) -> None:
    # Guaranteed: the creator prints both lines before any task runs (no await in between).
    assert lines[:2] == ["Creating five tasks", "Sleeping after starting five tasks"]
    # Tasks start in creation order, and every one goes to sleep before any wakes up.
    assert lines[2:7] == EXPECTED_SLEEPS
    awakenings = [line for line in lines if line.endswith("awakens")]
    assert awakenings == [f"{n} awakens" for n in (4, 3, 2, 1, 0)]  # shortest delay first
    # Timers fire in deadline order: 0.1 s and 0.3 s before main's 0.4 s, the rest after.
    waking = lines.index("Waking and waiting for five tasks")
    assert lines[waking - 2:waking] == ["4 awakens", "3 awakens"]
    assert lines[-len(final):] == final


def test_five_sleepers_order(run_example):
    run = run_example("asyncio_in_action/five_sleepers.py", timeout=30)
    assert run.returncode == 0, run.stderr
    check_order(run.stdout.splitlines(), ["0 awakens", "Done five tasks"])


def notes_call(version: tuple[int, int]) -> subprocess.CompletedProcess:
    python = interpreters().get(version)
    if python is None:
        pytest.skip(f"no Python {version[0]}.{version[1]} here (GUIDE_PYTHONS lists others)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    return subprocess.run([python, "-c", NOTES_CALL], capture_output=True, text=True,
                          timeout=30, cwd=ROOT, env=env)


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
