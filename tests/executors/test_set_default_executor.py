import asyncio
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest


def test_process_pool_is_refused_as_default_executor(run_example):
    run = run_example("executors/set_default_executor.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "set_default_executor(ProcessPoolExecutor()): TypeError: "
        "executor must be ThreadPoolExecutor instance",
        "run_in_executor(pool, square, 7) = 49",
    ]


def test_thread_pool_is_accepted_and_process_pool_is_not():
    loop = asyncio.new_event_loop()
    try:
        loop.set_default_executor(ThreadPoolExecutor(max_workers=1))
        with ProcessPoolExecutor(max_workers=1) as pool, pytest.raises(TypeError):
            loop.set_default_executor(pool)
    finally:
        loop.close()
