import asyncio
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest


def test_thread_pool_is_accepted_and_process_pool_is_not():
    loop = asyncio.new_event_loop()
    try:
        loop.set_default_executor(ThreadPoolExecutor(max_workers=1))
        with ProcessPoolExecutor(max_workers=1) as pool, pytest.raises(
                TypeError, match="executor must be ThreadPoolExecutor instance"):
            loop.set_default_executor(pool)
    finally:
        loop.close()
