"""The notes' remote_sort client, corrected: asyncio.run, a length-prefixed reply, drain(),
wait_closed() and a deadline."""

import argparse
import asyncio
import contextlib
import json
import random
import struct
import sys
from collections.abc import AsyncIterator
from pathlib import Path

PREFIX = struct.Struct(">Q")  # the sort service's framing: 8-byte big-endian length, then JSON
MAX_REPLY = 10_000_000  # bytes: never let a server make us allocate without limit
SERVER = Path(__file__).resolve().parents[1] / "streams" / "sort_server.py"


class SortError(Exception):
    """The server answered with an error instead of a sorted list."""


async def remote_sort(numbers: list[float], host: str, port: int,
                      timeout: float = 10.0) -> list[float]:
    async with asyncio.timeout(timeout):  # one deadline for connecting, sending and receiving
        reader, writer = await asyncio.open_connection(host, port)
        try:
            request = json.dumps(numbers).encode()
            writer.write(PREFIX.pack(len(request)) + request)
            await writer.drain()  # wait until the data is on its way, not just buffered
            (size,) = PREFIX.unpack(await reader.readexactly(PREFIX.size))
            if size > MAX_REPLY:
                raise SortError(f"reply of {size} bytes is over our limit")
            reply = json.loads(await reader.readexactly(size))  # the reply's own length
        except BaseException:
            writer.transport.abort()  # failed or timed out: drop unsent data, close at once
            raise
        finally:
            writer.close()  # close() only starts closing...
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()  # ...wait_closed() waits until it is done
    if isinstance(reply, dict):
        raise SortError(reply.get("error"))
    return reply


@contextlib.asynccontextmanager
async def demo_server() -> AsyncIterator[int]:
    """Start examples/streams/sort_server.py on a free port, for the demo; yield the port."""
    server = await asyncio.create_subprocess_exec(
        sys.executable, str(SERVER), "--port", "0", stdout=asyncio.subprocess.PIPE)
    try:
        banner = await asyncio.wait_for(server.stdout.readline(), 30)  # listening on HOST:PORT
        yield int(banner.rsplit(b":", 1)[1])
    finally:
        server.terminate()  # SIGTERM: the server shuts down gracefully (Windows: it is killed)
        await server.communicate()


async def demo(host: str, port: int | None, count: int) -> None:
    numbers_from = random.Random(2015)  # seeded: the same list, and output, every run
    numbers = [numbers_from.randrange(10_000) for _ in range(count)]
    async with contextlib.AsyncExitStack() as stack:
        if port is None:  # no server given: start one
            port = await stack.enter_async_context(demo_server())
        print(f"sending {len(numbers)} numbers to {host}")
        result = await remote_sort(numbers, host, port)
        print(f"received {len(result)} numbers, sorted: {result == sorted(numbers)}")
        print(f"smallest {result[:3]}, largest {result[-3:]}")
        try:
            await remote_sort(["not", "numbers"], host, port)
        except SortError as error:
            print(f"a bad request gets an error: {error}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=None, help="default: start a demo server")
    parser.add_argument("--count", type=int, default=10_000, help="how many numbers to sort")
    args = parser.parse_args()
    asyncio.run(demo(args.host, args.port, args.count))


if __name__ == "__main__":
    main()
