import asyncio
import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(
    sys.version_info < (3, 14) or sys.platform != "linux",
    reason="python -m asyncio ps: Python 3.14+; reading another process needs Linux here",
)


async def listing_with_an_unnamed_task() -> tuple[str, set[str]]:
    task = asyncio.create_task(asyncio.sleep(30))  # no name=
    ours = {task.get_name(), asyncio.current_task().get_name()}
    try:
        result = await asyncio.to_thread(
            subprocess.run, [sys.executable, "-m", "asyncio", "ps", str(os.getpid())],
            capture_output=True, encoding="utf-8", timeout=60, check=False)
    finally:
        task.cancel()
    return result.stdout, ours


@pytest.mark.timeout(90)
def test_an_unnamed_task_is_listed_as_task_n():
    listing, ours = asyncio.run(listing_with_an_unnamed_task())
    names = {line.split()[2] for line in listing.splitlines()[2:] if line.split()}
    # The listing covers every loop of the process (another test's loop may still be
    # running in a thread): ours are the main task and the unnamed sleeper.
    assert ours <= names, (ours, names)
    assert all(name.startswith("Task-") for name in ours)


@pytest.mark.timeout(90)
def test_the_example_finds_its_named_task(capsys):
    from examples.testing.asyncio_ps import main

    main()
    assert capsys.readouterr().out.count("True") == 2
