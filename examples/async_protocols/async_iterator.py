"""`async for` calls `__aiter__()` once, then `await __anext__()` until it raises
StopAsyncIteration; an async generator (async def with yield) writes both for
you."""

import asyncio
from collections.abc import AsyncIterator


class Countdown:
    def __init__(self, start: int) -> None:
        self.current = start

    def __aiter__(self) -> "Countdown":
        return self

    async def __anext__(self) -> int:
        if self.current == 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)  # e.g. waiting for the next page of results
        self.current -= 1
        return self.current + 1


async def countdown(start: int) -> AsyncIterator[int]:
    for number in range(start, 0, -1):
        await asyncio.sleep(0)
        yield number


async def run() -> None:
    print(f"class:           {[number async for number in Countdown(3)]}")
    print(f"async generator: {[number async for number in countdown(3)]}")
    iterator = countdown(1)
    print(f"await anext(it): {await anext(iterator)}")  # builtin since 3.10
    print(f"once exhausted:  {await anext(iterator, 'default')!r}")


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
