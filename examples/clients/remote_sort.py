"""The notes' remote_sort client, corrected: asyncio.run, a length-prefixed reply,
drain(), wait_closed() and a deadline."""

import argparse
import asyncio
import contextlib
import json
import random
import struct
import sys
from collections.abc import AsyncIterator
from pathlib import Path

PREFIX = struct.Struct(">Q")  # the sort service's framing: 8-byte length, then JSON
MAX_REPLY = 10_000_000  # bytes: never let a server make us allocate without limit
START_ONE = "start one: python examples/streams/sort_server.py --port 2015"


class SortError(Exception):
    """The server answered with an error instead of a sorted list."""


async def remote_sort(numbers: list[float], host: str, port: int,
                      timeout: float = 10.0) -> list[float]:
    async with asyncio.timeout(timeout):  # one deadline: connect, send, receive
        reader, writer = await asyncio.open_connection(host, port)
        try:
            request = json.dumps(numbers).encode()
            writer.write(PREFIX.pack(len(request)) + request)
            await writer.drain()  # wait until the data is on its way
            (size,) = PREFIX.unpack(await reader.readexactly(PREFIX.size))
            if size > MAX_REPLY:
                raise SortError(f"a {size}-byte reply is over our limit")
            reply = json.loads(await reader.readexactly(size))  # its own length
        except BaseException:
            writer.transport.abort()  # failed or timed out: drop unsent data
            raise
        finally:
            writer.close()  # close() only starts closing...
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()  # ...wait_closed() waits for the end
    if isinstance(reply, dict):
        raise SortError(reply.get("error"))
    return reply


def find_server() -> Path | None:
    """The sort service's script, beside this file or in the guide's examples."""
    here = Path(__file__).resolve().parent
    for folder in (here, here.parent / "streams"):
        candidate = folder / "sort_server.py"
        if candidate.is_file():
            return candidate
    return None


@contextlib.asynccontextmanager
async def demo_server(script: Path) -> AsyncIterator[int]:
    """Start the sort service on a free port, for the demo; yield the port."""
    server = await asyncio.create_subprocess_exec(
        sys.executable, str(script), "--port", "0", stdout=asyncio.subprocess.PIPE)

    async def drain_output() -> None:  # a pipe nobody reads would stall the server
        while await server.stdout.read(65536):
            pass

    drain = None
    try:
        banner = await asyncio.wait_for(server.stdout.readline(), 30)
        drain = asyncio.create_task(drain_output())
        yield int(banner.rsplit(b":", 1)[1])  # from "listening on HOST:PORT"
    finally:
        if server.returncode is None:
            server.terminate()  # SIGTERM: a graceful shutdown (Windows: a kill)
        await server.wait()
        if drain is not None:
            await drain


async def demo(host: str, port: int | None, count: int) -> None:
    numbers_from = random.Random(2015)  # seeded: the same output every run
    numbers = [numbers_from.randrange(10_000) for _ in range(count)]
    async with contextlib.AsyncExitStack() as stack:
        if port is None:  # no server given: start one
            port = await stack.enter_async_context(demo_server(find_server()))
        print(f"sending {len(numbers)} numbers to {host}")
        result = await remote_sort(numbers, host, port)
        in_order = result == sorted(numbers)
        print(f"received {len(result)} numbers, sorted: {in_order}")
        print(f"smallest {result[:3]}, largest {result[-3:]}")
        try:
            await remote_sort(["not", "numbers"], host, port)
        except SortError as error:
            print(f"a bad request gets an error: {error}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, help="default: start a server")
    parser.add_argument("--count", type=int, default=10_000, help="numbers to sort")
    args = parser.parse_args()
    if args.port is None and find_server() is None:
        sys.exit(f"no --port given and no sort_server.py here: {START_ONE}")
    try:
        asyncio.run(demo(args.host, args.port, args.count))
    except ConnectionRefusedError:
        sys.exit(f"no sort service on {args.host}:{args.port}: {START_ONE}")


if __name__ == "__main__":
    main()
