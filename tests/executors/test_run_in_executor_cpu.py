import asyncio
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

import pytest

from examples.executors.run_in_executor_cpu import count_primes


def test_count_primes_is_right_for_small_limits():
    assert count_primes(10)[0] == 4
    assert count_primes(100)[0] == 25


@pytest.mark.timeout(60)
def test_leaving_a_pool_block_inside_a_coroutine_waits_on_the_loops_thread():
    others = set(multiprocessing.active_children())  # what earlier tests left, not ours

    async def scenario() -> tuple[list[str], int, int]:
        loop = asyncio.get_running_loop()
        turns: list[str] = []
        with ProcessPoolExecutor(max_workers=1) as pool:
            await loop.run_in_executor(pool, count_primes, 10)
            workers = len(set(multiprocessing.active_children()) - others)
            loop.call_soon(turns.append, "the loop had a turn")
        # __exit__ has returned: the worker has exited, and no other callback ran meanwhile.
        return list(turns), workers, len(set(multiprocessing.active_children()) - others)

    turns, workers_inside, workers_after = asyncio.run(scenario())
    assert workers_inside >= 1
    assert workers_after == 0  # shutdown(wait=True) waited for the worker process...
    assert turns == []  # ...synchronously: the loop ran nothing else while it waited
