"""A TCP sort service: length-prefixed JSON lists in, sorted lists out, sorted in a process pool."""

import argparse
import asyncio
import contextlib
import json
import logging
import math
import multiprocessing
import signal
import struct
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

PREFIX = struct.Struct(">Q")  # every message, both ways: an 8-byte big-endian length, then JSON
# Workers that do not inherit our sockets: forkserver where it exists, spawn elsewhere (Windows).
POOL_CONTEXT = multiprocessing.get_context(
    "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn")

log = logging.getLogger("sort_server")


@dataclass(frozen=True)
class Limits:
    max_request: int = 1_000_000  # bytes of JSON; a larger length prefix is refused unread
    timeout: float = 10.0  # seconds a client may take to send a request, or to read a reply
    max_concurrent: int = 32  # requests being read, sorted or answered at once
    grace: float = 5.0  # seconds in-flight requests get to finish at shutdown


class BadRequest(Exception):
    """The client sent something we will not sort; it gets this message as an error reply."""


def reject_constant(name: str) -> float:
    raise BadRequest(f"{name} is not a number we can sort")


def parse_numbers(body: bytes) -> list[int | float]:
    try:
        numbers = json.loads(body, parse_constant=reject_constant)  # NaN, Infinity: refused
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BadRequest(f"malformed JSON: {error}") from None
    if not isinstance(numbers, list):
        raise BadRequest(f"expected a JSON list, got {type(numbers).__name__}")
    if not all(type(n) in (int, float) and math.isfinite(n) for n in numbers):
        raise BadRequest("expected a list of numbers only")  # bool, str, null, list: refused
    return numbers


def sort_numbers(numbers: list[int | float]) -> list[int | float]:
    """The CPU-bound part: it runs in a worker process."""
    return sorted(numbers)


async def send(writer: asyncio.StreamWriter, reply: object, timeout: float) -> None:
    body = json.dumps(reply).encode()
    writer.write(PREFIX.pack(len(body)) + body)  # buffers without limit and returns at once
    async with asyncio.timeout(timeout):  # a client that stops reading cannot stall us forever
        await writer.drain()  # waits while the buffer is above its high-water mark


class SortService:
    def __init__(self, limits: Limits, workers: int | None = None) -> None:
        self.limits, self.workers = limits, workers
        self.pool = self.new_pool()  # before serving: see "the fork pitfall"
        self.slots = asyncio.Semaphore(limits.max_concurrent)
        self.connections: set[asyncio.Task] = set()
        self.served = 0
        self.address: tuple[str, int] | None = None  # where serve() listens

    def new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=POOL_CONTEXT)

    async def sort(self, numbers: list[int | float]) -> list[int | float]:
        pool = self.pool
        try:
            return await asyncio.get_running_loop().run_in_executor(pool, sort_numbers, numbers)
        except BrokenProcessPool:
            if self.pool is pool:  # the first request to notice replaces the pool
                log.warning("a worker process died; starting a new pool")
                self.pool = self.new_pool()
                pool.shutdown(wait=False)
            raise

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        """One connection: any number of requests, until EOF, an error or a timeout."""
        self.connections.add(asyncio.current_task())
        peer = "{}:{}".format(*(writer.get_extra_info("peername") or ("?", 0))[:2])
        try:
            while await self.answer_one(reader, writer, peer):
                pass
        except (ConnectionError, TimeoutError) as error:
            log.info("%s: gave up on the connection: %r", peer, error)
        finally:
            self.connections.discard(asyncio.current_task())
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def answer_one(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                         peer: str) -> bool:
        """Answer one request; return False when the connection should be closed."""
        try:
            async with asyncio.timeout(self.limits.timeout):  # a silent client cannot stay forever
                (size,) = PREFIX.unpack(await reader.readexactly(PREFIX.size))
        except asyncio.IncompleteReadError as error:
            if error.partial:
                log.info("%s: left in the middle of a length prefix", peer)
            return False  # EOF between requests: the client is done
        if size > self.limits.max_request:  # checked before a single byte of the body is read
            log.info("%s: refused a %d-byte request", peer, size)
            await send(writer, {"error": f"request too large: {size} > "
                                         f"{self.limits.max_request} bytes"}, self.limits.timeout)
            return False
        async with self.slots:
            try:
                async with asyncio.timeout(self.limits.timeout):
                    body = await reader.readexactly(size)
            except asyncio.IncompleteReadError:
                log.info("%s: left in the middle of a request", peer)
                return False
            try:
                numbers = parse_numbers(body)
            except BadRequest as error:
                log.info("%s: bad request: %s", peer, error)
                await send(writer, {"error": str(error)}, self.limits.timeout)
                return False
            try:
                reply: object = await self.sort(numbers)
            except BrokenProcessPool:
                reply = {"error": "a worker process died; please retry"}
            await send(writer, reply, self.limits.timeout)
            self.served += 1
            return True

    async def finish(self) -> None:
        """Give in-flight connections `grace` seconds, then cancel the rest."""
        if self.connections:
            _, pending = await asyncio.wait(self.connections, timeout=self.limits.grace)
            for task in pending:
                task.cancel()
            await asyncio.gather(*pending, return_exceptions=True)


async def serve(service: SortService, host: str, port: int,
                stop: asyncio.Event | None = None) -> None:
    """Serve until stop is set (by default: until SIGINT or SIGTERM), then shut down cleanly."""
    loop = asyncio.get_running_loop()
    if stop is None:
        stop = asyncio.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            # POSIX only; on Windows, Ctrl-C reaches main() as KeyboardInterrupt instead.
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(signum, stop.set)
    try:
        server = await asyncio.start_server(service.handle, host, port, backlog=1024)
        async with server:  # on the way out: server.close(), then await server.wait_closed()
            service.address = server.sockets[0].getsockname()[:2]
            print("listening on {}:{}".format(*service.address), flush=True)
            await stop.wait()
            print("shutting down: no new connections", flush=True)
            server.close()  # stops accepting at once; it does not wait for anything
            await service.finish()
    finally:
        service.pool.shutdown(cancel_futures=True)
    print(f"stopped; requests answered: {service.served}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="default: any free port")
    parser.add_argument("--workers", type=int, default=None, help="pool size")
    parser.add_argument("--max-request", type=int, default=Limits.max_request, help="bytes")
    parser.add_argument("--timeout", type=float, default=Limits.timeout, help="seconds")
    parser.add_argument("--max-concurrent", type=int, default=Limits.max_concurrent)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stdout)
    limits = Limits(args.max_request, args.timeout, args.max_concurrent)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(SortService(limits, args.workers), args.host, args.port))


if __name__ == "__main__":
    main()
