"""A thread feeding an asyncio.Queue: every put goes through call_soon_threadsafe,
so it runs in the loop's thread; a None sentinel ends the stream."""

import asyncio
import threading


def produce(
    loop: asyncio.AbstractEventLoop, queue: asyncio.Queue[int | None]
) -> None:
    for number in range(5):
        loop.call_soon_threadsafe(
            queue.put_nowait, number
        )  # never queue.put_nowait
    loop.call_soon_threadsafe(queue.put_nowait, None)


async def run() -> None:
    queue: asyncio.Queue[int | None] = asyncio.Queue()
    producer = threading.Thread(
        target=produce, name="producer", args=(asyncio.get_running_loop(), queue)
    )
    producer.start()
    received = []
    while (item := await queue.get()) is not None:
        received.append(item)
    await asyncio.to_thread(producer.join)  # join without blocking the loop
    print(
        f"task in {threading.current_thread().name} received {received} "
        f"from thread {producer.name}"
    )


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
