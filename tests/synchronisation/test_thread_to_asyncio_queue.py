import asyncio
import threading

import pytest

from examples.synchronisation.thread_to_asyncio_queue import produce


@pytest.mark.timeout(20)
def test_every_put_runs_in_the_loop_thread_and_order_is_kept():
    async def scenario() -> tuple[list[int], set[int]]:
        loop = asyncio.get_running_loop()
        queue: asyncio.Queue[int | None] = asyncio.Queue()
        put_threads: set[int] = set()
        original = queue.put_nowait

        def recording_put(item: int | None) -> None:
            put_threads.add(threading.get_ident())
            original(item)

        queue.put_nowait = recording_put  # type: ignore[method-assign]
        producers = [threading.Thread(target=produce, args=(loop, queue))
                     for _ in range(3)]
        for thread in producers:
            thread.start()
        received: list[int] = []
        stops = 0
        while stops < 3:
            item = await queue.get()
            if item is None:
                stops += 1
            else:
                received.append(item)
        for thread in producers:
            await asyncio.to_thread(thread.join)
        return received, put_threads

    received, put_threads = asyncio.run(scenario())
    assert put_threads == {threading.get_ident()}  # asyncio.run ran the loop here
    assert sorted(received) == sorted(list(range(5)) * 3)
