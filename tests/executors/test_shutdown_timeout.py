import os
import subprocess
import sys

import pytest

from tests.harness import ROOT
from tests.harness.config import interpreters

# asyncio.run() under each interpreter, with the 300 s join limit patched down to 0.2 s
# so that the test does not take 300 s: does it give up before the 1 s thread ends?
PROBE = """
import asyncio, sys, threading, time
import asyncio.constants
asyncio.constants.THREAD_JOIN_TIMEOUT = 0.2
finished = threading.Event()
def job():
    time.sleep(1.0)
    finished.set()
async def main():
    try:
        async with asyncio.timeout(0.05):
            await asyncio.to_thread(job)
    except TimeoutError:
        pass
asyncio.run(main())
print("gave up" if not finished.is_set() else "waited")
"""
EXPECTED = {
    (3, 11): "waited",  # no limit at all
    (3, 12): "waited",  # 3.12.1: the limit was ignored (gh-111358, fixed in 2024)
    (3, 13): "gave up",
    (3, 14): "gave up",
    (3, 15): "gave up",
}


def interpreter(version: tuple[int, int]) -> str:
    python = interpreters().get(version)
    if python is None:
        pytest.skip(f"no Python {version[0]}.{version[1]} here (GUIDE_PYTHONS lists others)")
    return python


@pytest.mark.timeout(60)
@pytest.mark.parametrize("version", sorted(EXPECTED))
def test_asyncio_run_gives_up_on_the_thread_only_from_313(version):
    python = interpreter(version)
    if version == (3, 12):
        micro = subprocess.run([python, "-c", "import sys; print(sys.version_info[2])"],
                               capture_output=True, text=True, encoding="utf-8", timeout=30,
                         check=True)
        if int(micro.stdout) != 1:
            pytest.skip("the 3.12 expectation was checked on 3.12.1 (gh-111358)")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    run = subprocess.run([python, "-c", PROBE], capture_output=True, text=True, encoding="utf-8",
                         timeout=30, cwd=ROOT, env=env)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == EXPECTED[version]
    if EXPECTED[version] == "gave up":
        assert "RuntimeWarning: The executor did not finishing joining" in run.stderr


@pytest.mark.skipif(sys.version_info < (3, 12), reason="the constant exists from 3.12")
def test_the_default_limit_is_300_seconds():
    import asyncio.constants

    assert asyncio.constants.THREAD_JOIN_TIMEOUT == 300


@pytest.mark.skipif(sys.version_info >= (3, 13), reason="tests the versions before 3.13")
def test_the_example_names_the_version_it_needs(run_example):
    run = run_example("executors/shutdown_timeout.py", timeout=30)
    assert run.returncode == 1
    assert run.stdout == ""
    assert run.stderr.strip().splitlines() == [
        "this example needs Python 3.13 or later: earlier versions wait for the thread "
        "without a limit"]
