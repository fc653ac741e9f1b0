"""A TCP sort service: length-prefixed JSON lists in, sorted lists out. A process
pool parses, sorts and encodes; the event loop moves bytes and enforces limits."""

import argparse
import asyncio
import contextlib
import json
import logging
import logging.handlers
import math
import multiprocessing
import os
import queue
import signal
import struct
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TextIO

PREFIX = struct.Struct(">Q")  # each message, both ways: 8-byte length, then JSON
STREAM_LIMIT = 64 * 1024  # the StreamReader's buffer limit (asyncio's default)
# Workers that inherit none of our sockets: forkserver where it exists, else spawn.
METHODS = multiprocessing.get_all_start_methods()
START_METHOD = "forkserver" if "forkserver" in METHODS else "spawn"
POOL_CONTEXT = multiprocessing.get_context(START_METHOD)

log = logging.getLogger("sort_server")


@dataclass(frozen=True)
class Limits:
    max_request: int = 1_000_000  # bytes of JSON; a larger length is refused unread
    timeout: float = 10.0  # seconds for a whole request to arrive; for a reply
    max_connections: int = 256  # open connections; the next ones get a "busy" reply
    max_concurrent: int = 32  # requests in the pool at once (whole bodies only)
    grace: float = 5.0  # seconds in-flight requests get to finish at shutdown


class BadRequest(Exception):
    """The client sent something we will not sort; this is its error reply."""


def reject_constant(name: str) -> float:
    raise BadRequest(f"{name} is not a number we can sort")


def sortable(value: object) -> bool:
    # An int of any length is finite; math.isfinite() would overflow on a huge one.
    return type(value) is int or (type(value) is float and math.isfinite(value))


def parse_numbers(body: bytes) -> list[int | float]:
    try:
        numbers = json.loads(body, parse_constant=reject_constant)  # NaN, Infinity
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BadRequest(f"malformed JSON: {error}") from None
    if not isinstance(numbers, list):
        raise BadRequest(f"expected a JSON list, got {type(numbers).__name__}")
    if not all(sortable(n) for n in numbers):  # bool, str, null, list, 1e400
        raise BadRequest("expected a list of numbers only")
    return numbers


def sort_request(body: bytes) -> tuple[bool, bytes]:
    """All the CPU work, in a worker process: bytes in, (ok, reply bytes) out."""
    try:
        reply: object = sorted(parse_numbers(body))
    except BadRequest as error:
        return False, json.dumps({"error": str(error)}).encode()
    return True, json.dumps(reply).encode()


def ignore_ctrl_c() -> None:
    """Pool initializer: Ctrl-C in a terminal signals every process of the group;
    the server decides when its workers stop, and they must not die mid-request."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_workers() -> int:
    """What ProcessPoolExecutor would pick: process_cpu_count() is 3.13+."""
    count = getattr(os, "process_cpu_count", os.cpu_count)() or 1
    return min(count, 61) if sys.platform == "win32" else count


def framed(body: bytes) -> bytes:
    return PREFIX.pack(len(body)) + body


def error_reply(message: str) -> bytes:
    return framed(json.dumps({"error": message}).encode())


async def send(writer: asyncio.StreamWriter, message: bytes, timeout: float
               ) -> None:
    writer.write(message)  # buffers without limit and returns at once
    async with asyncio.timeout(timeout):  # a client that stops reading is dropped
        await writer.drain()  # waits while the buffer is above its high-water mark


async def refuse(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                 message: bytes, timeout: float) -> None:
    """Send an error, then close gently: closing a socket with unread bytes in it
    sends a reset, which can destroy the reply before the client reads it."""
    with contextlib.suppress(ConnectionError, TimeoutError):
        await send(writer, message, timeout)
        if writer.can_write_eof():
            writer.write_eof()  # "no more from us"; then drop what still arrives
        async with asyncio.timeout(timeout):
            while await reader.read(STREAM_LIMIT):
                pass


class SortService:
    def __init__(self, limits: Limits, workers: int | None = None) -> None:
        self.limits, self.workers = limits, workers or default_workers()
        self.pool = self.new_pool()
        self.slots = asyncio.Semaphore(limits.max_concurrent)
        self.connections: set[asyncio.Task] = set()
        self.active = 0  # connections being served (the busy ones are not counted)
        self.served = 0
        self.stopping = False
        self.address: tuple[str, int] | None = None  # where serve() listens

    def new_pool(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.workers, mp_context=POOL_CONTEXT,
                                   initializer=ignore_ctrl_c)

    async def warm(self) -> None:
        """Start every worker before serving: none then starts mid-service, and each
        has run its initializer before the first Ctrl-C can come."""
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self.pool, os.getpid)
                               for _ in range(self.workers)))

    async def sort(self, body: bytes) -> tuple[bool, bytes]:
        pool = self.pool
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(pool, sort_request, body)
        except BrokenProcessPool:
            if self.pool is pool and not self.stopping:  # the first one replaces it
                log.warning("a worker process died; starting a new pool")
                self.pool = self.new_pool()
                pool.shutdown(wait=False)
            raise

    async def handle(self, reader: asyncio.StreamReader,
                     writer: asyncio.StreamWriter) -> None:
        """One connection: requests until EOF, an error or a missed deadline."""
        self.connections.add(asyncio.current_task())
        peer = "{}:{}".format(*(writer.get_extra_info("peername") or ("?", 0))[:2])
        served_here = self.active < self.limits.max_connections
        try:
            if not served_here:
                log.info("%s: refused: %d connections already", peer, self.active)
                busy = error_reply("busy: too many connections, retry later")
                await refuse(reader, writer, busy, self.limits.timeout)
                return
            self.active += 1
            while await self.answer_one(reader, writer, peer):
                pass
        except (ConnectionError, TimeoutError) as error:
            log.info("%s: gave up on the connection: %r", peer, error)
        finally:
            self.active -= served_here
            self.connections.discard(asyncio.current_task())
            writer.close()
            with contextlib.suppress(ConnectionError):
                await writer.wait_closed()

    async def answer_one(self, reader: asyncio.StreamReader,
                         writer: asyncio.StreamWriter, peer: str) -> bool:
        """Answer one request; return False when the connection should be closed."""
        limits = self.limits
        body = None
        try:  # one deadline for the whole request, however slowly its bytes come
            async with asyncio.timeout(limits.timeout):
                (size,) = PREFIX.unpack(await reader.readexactly(PREFIX.size))
                if size <= limits.max_request:  # checked before the body is read
                    body = await reader.readexactly(size)
        except asyncio.IncompleteReadError as error:
            if error.partial:
                log.info("%s: left in the middle of a request", peer)
            return False  # EOF between requests: the client is done
        if body is None:
            log.info("%s: refused a %d-byte request", peer, size)
            too_large = f"request too large: {size} > {limits.max_request} bytes"
            await refuse(reader, writer, error_reply(too_large), limits.timeout)
            return False
        try:  # a slot is taken only now, with the whole body here: there is work
            async with asyncio.timeout(limits.timeout):
                await self.slots.acquire()
        except TimeoutError:
            busy = error_reply("busy: all workers occupied, retry later")
            await refuse(reader, writer, busy, limits.timeout)
            return False
        try:
            ok, reply = await self.sort(body)
        except BrokenProcessPool:
            ok, reply = True, b'{"error": "a worker process died; please retry"}'
        finally:
            self.slots.release()
        if not ok:
            log.info("%s: bad request: %s", peer, json.loads(reply)["error"])
            await refuse(reader, writer, framed(reply), limits.timeout)
            return False
        await send(writer, framed(reply), limits.timeout)
        self.served += 1
        return True

    async def finish(self, server: asyncio.Server) -> None:
        """Give in-flight connections `grace` seconds, then cancel the rest."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.limits.grace
        while True:
            # A connection accepted just before close() may not have run yet:
            # yield, so that it registers, and look again after every wait.
            await asyncio.sleep(0)
            pending = set(self.connections)
            if not pending or loop.time() >= deadline:
                break
            await asyncio.wait(pending, timeout=deadline - loop.time())
        for task in pending:
            task.cancel()
        await asyncio.gather(*pending, return_exceptions=True)
        if sys.version_info >= (3, 13):
            server.close_clients()  # any transport whose task never ran at all


async def serve(service: SortService, host: str, port: int,
                stop: asyncio.Event | None = None) -> None:
    """Serve until stop is set (default: by SIGINT or SIGTERM), then shut down."""
    loop = asyncio.get_running_loop()
    if stop is None:
        stop = asyncio.Event()
        for signum in (signal.SIGINT, signal.SIGTERM):
            # POSIX only; on Windows, Ctrl-C reaches main() as KeyboardInterrupt.
            with contextlib.suppress(NotImplementedError):
                loop.add_signal_handler(signum, stop.set)
    try:
        await service.warm()
        server = await asyncio.start_server(service.handle, host, port,
                                            limit=STREAM_LIMIT, backlog=1024)
        async with server:  # on the way out: server.close(), then wait_closed()
            service.address = server.sockets[0].getsockname()[:2]
            print("listening on {}:{}".format(*service.address), flush=True)
            await stop.wait()
            print("shutting down: no new connections", flush=True)
            service.stopping = True
            server.close()  # stops accepting at once; it does not wait for anything
            await service.finish(server)
    finally:
        service.stopping = True
        service.pool.shutdown(cancel_futures=True)
    print(f"stopped; requests answered: {service.served}", flush=True)


class DroppingQueueHandler(logging.handlers.QueueHandler):
    """Hands records to a thread; when that thread falls behind, drops them."""

    def enqueue(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(queue.Full):
            self.queue.put_nowait(record)


def log_from_a_thread(stream: TextIO) -> logging.handlers.QueueListener:
    """The loop only queues a record; a thread writes it, so a slow or unread
    stdout cannot stall the server; a full queue costs log lines, not service."""
    records: queue.Queue[logging.LogRecord] = queue.Queue(maxsize=10_000)
    handler = DroppingQueueHandler(records)
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    writer = logging.StreamHandler(stream)
    writer.setFormatter(logging.Formatter("%(message)s"))
    listener = logging.handlers.QueueListener(records, writer)
    listener.start()
    return listener


def main() -> None:
    defaults = Limits()
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0: any free port")
    parser.add_argument("--workers", type=int, default=None, help="pool size")
    parser.add_argument("--max-request", type=int, default=defaults.max_request)
    parser.add_argument("--timeout", type=float, default=defaults.timeout)
    parser.add_argument("--max-connections", type=int,
                        default=defaults.max_connections)
    parser.add_argument("--max-concurrent", type=int,
                        default=defaults.max_concurrent)
    args = parser.parse_args()
    listener = log_from_a_thread(sys.stdout)
    limits = Limits(args.max_request, args.timeout, args.max_connections,
                    args.max_concurrent)
    try:
        with contextlib.suppress(KeyboardInterrupt):
            service = SortService(limits, args.workers)
            asyncio.run(serve(service, args.host, args.port))
    finally:
        listener.stop()


if __name__ == "__main__":
    main()
