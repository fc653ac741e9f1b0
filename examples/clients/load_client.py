"""A load test for the sort service: N clients, at most C connected at once, every
reply checked against sorted() and capped in size."""

import argparse
import asyncio
import collections
import contextlib
import json
import random
import struct
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path

PREFIX = struct.Struct(">Q")  # the sort service's framing: 8-byte length, then JSON
MAX_REPLY = 1_000_000  # bytes: a hostile server cannot make a client allocate more
START_ONE = "start one: python examples/streams/sort_server.py --port 2015"


class ReplyTooLarge(Exception):
    """The server announced a reply longer than MAX_REPLY; it was not read."""


def allow_open_files(wanted: int) -> None:
    """Each connection is a file descriptor: raise the soft limit if needed."""
    try:
        import resource
    except ImportError:  # Windows has no such per-process limit to raise
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        new_soft = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (new_soft, hard))


async def one_client(numbers: list[int], host: str, port: int, timeout: float
                     ) -> object:
    """One connection, one request; returns the decoded reply."""
    async with asyncio.timeout(timeout):
        reader, writer = await asyncio.open_connection(host, port)
        try:
            request = json.dumps(numbers).encode()
            writer.write(PREFIX.pack(len(request)) + request)
            await writer.drain()
            (size,) = PREFIX.unpack(await reader.readexactly(PREFIX.size))
            if size > MAX_REPLY:
                raise ReplyTooLarge(f"{size} bytes")
            return json.loads(await reader.readexactly(size))
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()


async def load(host: str, port: int, clients: int, size: int, timeout: float,
               concurrency: int = 50) -> collections.Counter[str]:
    """Run the clients, at most `concurrency` at a time; count the outcomes."""
    numbers_from = random.Random(15)
    requests = [[numbers_from.randrange(1000) for _ in range(size)]
                for _ in range(clients)]
    connected = asyncio.Semaphore(concurrency)  # a bound, not all at once

    async def bounded(numbers: list[int]) -> object:
        async with connected:
            return await one_client(numbers, host, port, timeout)

    # return_exceptions=True: every outcome comes back, failures included; without
    # it gather raises the first failure (not cancelling the others, hiding them).
    replies = await asyncio.gather(*(bounded(numbers) for numbers in requests),
                                   return_exceptions=True)
    outcomes: collections.Counter[str] = collections.Counter()
    for numbers, reply in zip(requests, replies, strict=True):
        if isinstance(reply, BaseException):
            outcomes[f"failed: {type(reply).__name__}"] += 1
        else:
            outcomes["correct" if reply == sorted(numbers) else "wrong"] += 1
    return outcomes


def find_server() -> Path | None:
    """The sort service's script, beside this file or in the guide's examples."""
    here = Path(__file__).resolve().parent
    for folder in (here, here.parent / "streams"):
        candidate = folder / "sort_server.py"
        if candidate.is_file():
            return candidate
    return None


@contextlib.asynccontextmanager
async def demo_server(script: Path, *args: str) -> AsyncIterator[int]:
    """Start the sort service on a free port, for the demo; yield the port."""
    server = await asyncio.create_subprocess_exec(
        sys.executable, str(script), "--port", "0", *args,
        stdout=asyncio.subprocess.PIPE)

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


async def run(args: argparse.Namespace) -> bool:
    async with contextlib.AsyncExitStack() as stack:
        port = args.port
        if port is None:  # no server given: start one that accepts them all
            port = await stack.enter_async_context(demo_server(
                find_server(), "--max-connections", str(args.concurrency)))
        _, writer = await asyncio.open_connection(args.host, port)  # is it up?
        writer.close()
        await writer.wait_closed()
        start = time.perf_counter()
        outcomes = await load(args.host, port, args.clients, args.size,
                              args.timeout, args.concurrency)
        elapsed = time.perf_counter() - start
    counts = ", ".join(f"{n} {outcome}" for outcome, n in sorted(outcomes.items()))
    print(f"{args.clients} clients, at most {args.concurrency} at once, "
          f"{args.size} numbers each: {counts}")
    print(f"all replies checked in {elapsed:.2f} s")
    return outcomes["correct"] == args.clients


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, help="default: start a server")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=50, help="connections")
    parser.add_argument("--size", type=int, default=20, help="numbers per request")
    parser.add_argument("--timeout", type=float, default=30.0, help="s, per client")
    args = parser.parse_args()
    if args.port is None and find_server() is None:
        sys.exit(f"no --port given and no sort_server.py here: {START_ONE}")
    allow_open_files(2 * args.concurrency + 100)  # the demo server inherits it
    try:
        all_correct = asyncio.run(run(args))
    except ConnectionRefusedError:
        sys.exit(f"no sort service on {args.host}:{args.port}: {START_ONE}")
    if not all_correct:
        sys.exit(1)


if __name__ == "__main__":
    main()
