"""`async with` calls `await obj.__aenter__()` on entry and `await
obj.__aexit__(...)` on exit, with the exception if one was raised;
@asynccontextmanager builds the same from an async generator."""

import asyncio
import contextlib
from collections.abc import AsyncIterator
from types import TracebackType


class Connection:
    def __init__(self, log: list[str]) -> None:
        self.log = log

    async def __aenter__(self) -> "Connection":
        await asyncio.sleep(0)  # e.g. the network handshake
        self.log.append("class: opened")
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> bool:
        await asyncio.sleep(0)  # e.g. a goodbye message
        name = exc_type.__name__ if exc_type else None
        self.log.append(f"class: closed (exception: {name})")
        return False  # False: do not swallow the exception


@contextlib.asynccontextmanager
async def connection(log: list[str]) -> AsyncIterator[None]:
    await asyncio.sleep(0)
    log.append("generator: opened")
    try:
        yield
    finally:  # runs on a normal exit and when the body raised
        await asyncio.sleep(0)
        log.append("generator: closed")


async def run() -> None:
    log: list[str] = []
    async with Connection(log):
        log.append("class: body")
    try:
        async with Connection(log):
            raise ValueError("bad reply")
    except ValueError:
        log.append("ValueError reached the caller")
    async with connection(log):
        log.append("generator: body")
    print("\n".join(log))


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
