import asyncio
import concurrent.futures
import threading

import pytest

from examples.synchronisation.run_coroutine_threadsafe import lookup


@pytest.mark.timeout(20)
def test_the_coroutine_runs_in_the_loop_thread_and_the_caller_gets_a_future():
    loop = asyncio.new_event_loop()
    runner = threading.Thread(target=loop.run_forever, name="the-loop")
    runner.start()
    try:
        future = asyncio.run_coroutine_threadsafe(lookup("key"), loop)
        assert isinstance(future, concurrent.futures.Future)
        assert future.result(timeout=10) == "key=3 (computed in the-loop)"
        slow = asyncio.run_coroutine_threadsafe(asyncio.sleep(5), loop)
        with pytest.raises(concurrent.futures.TimeoutError):
            slow.result(timeout=0.05)
        slow.cancel()  # cancels the task on the loop too
    finally:
        loop.call_soon_threadsafe(loop.stop)
        runner.join(timeout=10)
        loop.close()
