"""Leaving `async for` early does not run an async generator's `finally` block: it
runs when the generator is closed - at loop shutdown here. contextlib.aclosing()
closes it at the end of the `async with` instead."""

import asyncio
import contextlib
from collections.abc import AsyncIterator


async def rows(log: list[str], label: str) -> AsyncIterator[int]:
    try:
        for number in range(10):
            await asyncio.sleep(0)
            yield number
    finally:
        log.append(f"{label}: connection released")


async def read_some(log: list[str]) -> None:
    stream = rows(log, "without aclosing")  # kept referenced, as in real code
    async for number in stream:
        if number == 2:
            break
    log.append("without aclosing: left the loop")

    async with contextlib.aclosing(rows(log, "with aclosing")) as stream2:
        async for number in stream2:
            if number == 2:
                break
    log.append("with aclosing: left the async with")
    log.append("read_some() returns; the loop finalizes the dropped generator")


def main() -> None:
    log: list[str] = []
    asyncio.run(read_some(log))
    print("\n".join(log))


if __name__ == "__main__":
    main()
