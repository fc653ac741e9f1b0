"""The trap: a timeout around `yield` inside an async generator. While the generator
is suspended at `yield`, the consumer's code runs; when the deadline passes, that
code is cancelled, and the timeout cannot turn it into TimeoutError."""

import asyncio
import contextlib
from collections.abc import AsyncIterator


async def fetch(number: int) -> int:
    await asyncio.sleep(0.01)  # e.g. one HTTP request
    return number


async def trapped() -> AsyncIterator[int]:
    async with asyncio.timeout(0.1):  # wrong: the deadline spans every yield
        for number in range(3):
            yield await fetch(number)


async def safe() -> AsyncIterator[int]:
    for number in range(3):
        async with asyncio.timeout(0.1):  # right: only our own await is timed
            item = await fetch(number)
        yield item  # outside the timeout


async def consume(stream: AsyncIterator[int], label: str) -> None:
    try:
        async with contextlib.aclosing(stream):  # close it whichever way we leave
            async for _ in stream:
                await asyncio.sleep(0.3)  # the consumer's work, between two items
        print(f"{label}: finished all items")
    except TimeoutError:
        print(f"{label}: TimeoutError")


async def run() -> None:
    for stream, label in (
        (trapped(), "timeout around yield"),
        (safe(), "timeout around fetch only"),
    ):
        task = asyncio.create_task(consume(stream, label))
        try:
            await task
        except asyncio.CancelledError:
            # Nobody called task.cancel(): the generator's timeout cancelled the
            # consumer at its own sleep, and the CancelledError escaped as such.
            print(f"{label}: consumer task cancelled: {task.cancelled()}")


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
