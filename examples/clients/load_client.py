"""Run many clients at once against the sort service and check every reply."""

import argparse
import asyncio
import collections
import contextlib
import json
import random
import struct
import sys
import time

from examples.clients.remote_sort import demo_server  # starts the sort server, for the demo

PREFIX = struct.Struct(">Q")  # the sort service's framing: 8-byte big-endian length, then JSON


def allow_open_files(wanted: int) -> None:
    """Every connection is a file descriptor: raise the soft limit if it is lower (POSIX)."""
    try:
        import resource
    except ImportError:  # Windows has no such per-process limit to raise
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < wanted:
        new_soft = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (new_soft, hard))


async def one_client(numbers: list[int], host: str, port: int, timeout: float) -> object:
    """One connection, one request; returns the decoded reply."""
    async with asyncio.timeout(timeout):
        reader, writer = await asyncio.open_connection(host, port)
        try:
            request = json.dumps(numbers).encode()
            writer.write(PREFIX.pack(len(request)) + request)
            await writer.drain()
            (size,) = PREFIX.unpack(await reader.readexactly(PREFIX.size))
            return json.loads(await reader.readexactly(size))
        finally:
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()


async def load(host: str, port: int, clients: int, size: int,
               timeout: float) -> collections.Counter[str]:
    """Start all clients at once; count correct replies, wrong replies and failures."""
    numbers_from = random.Random(15)
    requests = [[numbers_from.randrange(1000) for _ in range(size)] for _ in range(clients)]
    replies = await asyncio.gather(
        *(one_client(numbers, host, port, timeout) for numbers in requests),
        return_exceptions=True)  # one failure must not cancel, or hide, the others
    outcomes: collections.Counter[str] = collections.Counter()
    for numbers, reply in zip(requests, replies, strict=True):
        if isinstance(reply, BaseException):
            outcomes[f"failed: {type(reply).__name__}"] += 1
        else:
            outcomes["correct" if reply == sorted(numbers) else "wrong"] += 1
    return outcomes


async def run(host: str, port: int | None, clients: int, size: int, timeout: float) -> bool:
    async with contextlib.AsyncExitStack() as stack:
        if port is None:  # no server given: start one
            port = await stack.enter_async_context(demo_server())
        start = time.perf_counter()
        outcomes = await load(host, port, clients, size, timeout)
        elapsed = time.perf_counter() - start
    print(f"{clients} clients at once, {size} numbers each: "
          + ", ".join(f"{count} {outcome}" for outcome, count in sorted(outcomes.items())))
    print(f"all replies checked in {elapsed:.2f} s")
    return outcomes["correct"] == clients


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=None, help="default: start a demo server")
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--size", type=int, default=20, help="numbers per request")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds, per client")
    args = parser.parse_args()
    allow_open_files(args.clients + 100)
    if not asyncio.run(run(args.host, args.port, args.clients, args.size, args.timeout)):
        sys.exit(1)


if __name__ == "__main__":
    main()
