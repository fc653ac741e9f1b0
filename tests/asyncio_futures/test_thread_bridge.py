import asyncio
import concurrent.futures
import threading

import pytest

from examples.asyncio_futures.thread_bridge import double, thread_sets_result


@pytest.mark.timeout(30)
def test_call_soon_threadsafe_sets_the_result_in_the_loops_thread():
    async def scenario() -> tuple[str, str]:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        setter: list[str] = []
        future.add_done_callback(lambda _: setter.append(threading.current_thread().name))
        worker = threading.Thread(target=thread_sets_result, args=(loop, future),
                                  name="worker")
        worker.start()
        value = await asyncio.wait_for(future, timeout=10)
        await asyncio.to_thread(worker.join, 10)
        return value, setter[0]

    _, callback_thread = asyncio.run(scenario())
    # The value was made in the worker thread, and set in the loop's.
    assert callback_thread == threading.main_thread().name


@pytest.mark.timeout(30)
def test_run_coroutine_threadsafe_returns_a_concurrent_future():
    async def scenario() -> int:
        loop = asyncio.get_running_loop()
        result: list[int] = []

        def from_thread() -> None:
            future = asyncio.run_coroutine_threadsafe(double(21), loop)
            assert isinstance(future, concurrent.futures.Future)
            result.append(future.result(timeout=10))

        caller = threading.Thread(target=from_thread)
        caller.start()
        await asyncio.to_thread(caller.join, 10)
        return result[0]

    assert asyncio.run(scenario()) == 42
