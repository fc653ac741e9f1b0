import asyncio

import pytest

from examples.asyncio_in_action.already_running import answer


def test_run_until_complete_inside_a_running_loop_fails(run_example):
    run = run_example("asyncio_in_action/already_running.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "run_until_complete inside a running loop: RuntimeError: "
        "This event loop is already running",
        "await instead (top-level await in a notebook): 42",
    ]
    assert run.stderr == ""  # the coroutine was closed: no "never awaited" warning


def test_nested_run_is_refused_too():
    async def nested() -> None:
        coroutine = answer()
        with pytest.raises(RuntimeError, match="cannot be called from a running event loop"):
            asyncio.run(coroutine)
        coroutine.close()

    asyncio.run(nested())
