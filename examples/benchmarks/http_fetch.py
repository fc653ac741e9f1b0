"""HTTP at scale, measured: one job - fetch N resources from the chapter's local server
(examples/http_at_scale/server.py) - done sequentially; by a ThreadPoolExecutor whose threads keep
their connections open; by asyncio bounded by a Semaphore or by the connector's limit; and by the
naive gather of all N at once. Throughput, p50 and p99 latency, the TCP connections the server
saw and the client's peak memory, at N = 100, 1,000 and 10,000.

Each round gets a fresh server process and a fresh client process (so that each one's counts and
peak memory are its own); the asyncio ways use the chapter's fetch() (four_ways.py)."""

import asyncio
import http.client
import json
import multiprocessing
import threading
import time
from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.connection import Connection
from urllib.parse import urlsplit

import aiohttp

from examples.benchmarks.connections import memory_kib, raise_file_limit
from examples.benchmarks.measure import cli, percentile
from examples.benchmarks.schema import HttpFetch
from examples.http_at_scale.four_ways import fetch
from examples.http_at_scale.server import Config, serve

WAYS = ("sequential", "threads", "semaphore", "connector", "unbounded")
BOUND = 20  # requests in flight for every bounded way (threads, Semaphore, limit=)
LATENCY = 0.01  # seconds the server takes per answer
REQUEST_TIMEOUT = 30.0  # seconds per request, waiting for a pooled connection included
ROUND_TIMEOUT = 300.0  # seconds per round, after which its client is killed

Result = tuple[str, bool, float]  # outcome ("200", "429", an exception's name), right, seconds


def context() -> multiprocessing.context.BaseContext:
    """fork where there is one: both children start in milliseconds, aiohttp already imported."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


# --------------------------------------------------------------------------- the server
def run_server(config: Config, channel: Connection) -> None:
    """Serve until the parent says stop; then send it what the server counted."""
    raise_file_limit()

    async def main() -> None:
        async with serve(config) as running:
            channel.send(running.url)
            await asyncio.to_thread(channel.recv)
            state = running.state
            channel.send({"connections": len(state.connections),
                          "max_in_flight": state.max_in_flight})

    asyncio.run(main())


# --------------------------------------------------------------------------- the four ways
def timeout() -> aiohttp.ClientTimeout:
    return aiohttp.ClientTimeout(total=REQUEST_TIMEOUT)


async def timed(session: aiohttp.ClientSession, base: str, n: int) -> Result:
    start = time.perf_counter()
    try:
        status, square = await fetch(session, f"{base}/items/{n}")
    except (aiohttp.ClientError, OSError, TimeoutError) as error:
        return type(error).__name__, False, time.perf_counter() - start
    return str(status), status == 200 and square == n * n, time.perf_counter() - start


async def sequential(base: str, count: int) -> list[Result]:
    async with aiohttp.ClientSession(timeout=timeout()) as session:
        return [await timed(session, base, n) for n in range(count)]


def threads(base: str, count: int) -> list[Result]:
    """BOUND threads, each with one keep-alive connection (http.client) for all its requests:
    what a thread-safe session's connection pool gives threads."""
    address = urlsplit(base)
    local = threading.local()

    def one(n: int) -> Result:
        start = time.perf_counter()
        if getattr(local, "connection", None) is None:
            local.connection = http.client.HTTPConnection(
                address.hostname, address.port, timeout=REQUEST_TIMEOUT)
        try:
            local.connection.request("GET", f"/items/{n}")
            response = local.connection.getresponse()
            body = response.read()
        except (OSError, http.client.HTTPException) as error:
            local.connection.close()
            local.connection = None  # the next request opens a new one
            return type(error).__name__, False, time.perf_counter() - start
        right = response.status == 200 and json.loads(body)["square"] == n * n
        return str(response.status), right, time.perf_counter() - start

    with ThreadPoolExecutor(max_workers=BOUND) as pool:
        return list(pool.map(one, range(count)))


async def semaphore(base: str, count: int) -> list[Result]:
    bound = asyncio.Semaphore(BOUND)

    async def job(session: aiohttp.ClientSession, n: int) -> Result:
        async with bound:
            return await timed(session, base, n)

    async with aiohttp.ClientSession(timeout=timeout()) as session:
        return await asyncio.gather(*(job(session, n) for n in range(count)))


async def connector(base: str, count: int) -> list[Result]:
    pool = aiohttp.TCPConnector(limit=BOUND)
    async with aiohttp.ClientSession(connector=pool, timeout=timeout()) as session:
        return await asyncio.gather(*(timed(session, base, n) for n in range(count)))


async def unbounded(base: str, count: int) -> list[Result]:
    # The default connector: at most 100 connections, the other requests wait inside aiohttp.
    async with aiohttp.ClientSession(timeout=timeout()) as session:
        return await asyncio.gather(*(timed(session, base, n) for n in range(count)))


def run_way(way: str, base: str, count: int) -> list[Result]:
    if way == "threads":
        return threads(base, count)
    ways: dict[str, Callable] = {"sequential": sequential, "semaphore": semaphore,
                                 "connector": connector, "unbounded": unbounded}
    return asyncio.run(ways[way](base, count))


def run_client(way: str, base: str, count: int, channel: Connection) -> None:
    """One round's client: fetch, then send the outcomes, the wall time and the memory."""
    raise_file_limit()
    before = memory_kib()["now"]
    start = time.perf_counter()
    results = run_way(way, base, count)
    wall = time.perf_counter() - start
    channel.send({"wall": wall, "results": results, "before_kib": before,
                  "peak_kib": memory_kib()["peak"]})


# --------------------------------------------------------------------------- one round
def one_round(way: str, count: int) -> dict:
    """A fresh server and a fresh client process; every wait bounded."""
    processes = context()
    server_end, server_child = processes.Pipe()
    server = processes.Process(target=run_server, args=(Config(latency=LATENCY), server_child))
    server.start()
    server_child.close()  # the child's end: a child that dies then reads as EOF here
    client, failure = None, "round timed out"
    try:
        if not server_end.poll(30):
            raise RuntimeError("the server did not start within 30 s")
        base = server_end.recv()
        client_end, client_child = processes.Pipe()
        client = processes.Process(target=run_client, args=(way, base, count, client_child))
        client.start()
        client_child.close()
        report = None
        if client_end.poll(ROUND_TIMEOUT):
            try:
                report = client_end.recv()
            except EOFError:
                failure = "client failed"
        client.join(30)
        server_end.send("stop")
        stats = server_end.recv() if server_end.poll(30) else None
    finally:
        for process in (client, server):
            if process is not None and process.is_alive():
                process.kill()
            if process is not None:
                process.join(30)
    row: dict = {"way": way, "resources": count, "wall_seconds": None,
                 "requests_per_second": None, "p50_ms": None, "p99_ms": None,
                 "outcomes": {failure: count}, "right": 0,
                 "sockets_opened": None if stats is None else stats["connections"],
                 "server_peak_in_flight": None if stats is None else stats["max_in_flight"],
                 "client_rss_growth_mib": None, "client_peak_rss_mib": None}
    if report is None:
        return row
    latencies = [seconds for _, _, seconds in report["results"]]
    before, peak = report["before_kib"], report["peak_kib"]
    row.update(wall_seconds=report["wall"], requests_per_second=count / report["wall"],
               p50_ms=percentile(latencies, 0.5) * 1000,
               p99_ms=percentile(latencies, 0.99) * 1000,
               outcomes=dict(Counter(outcome for outcome, _, _ in report["results"])),
               right=sum(right for _, right, _ in report["results"]),
               client_peak_rss_mib=None if peak is None else peak / 1024,
               client_rss_growth_mib=None if None in (before, peak) else (peak - before) / 1024)
    return row


def measure(quick: bool = True) -> HttpFetch:
    counts = [20, 100] if quick else [100, 1000, 10_000]
    return {
        "benchmark": "http_fetch", "quick": quick,
        "work": {"resources": counts, "bound": BOUND,
                 "server_latency_ms": round(LATENCY * 1000)},
        "bound": BOUND,
        "server_latency_seconds": LATENCY,
        "request_timeout_seconds": REQUEST_TIMEOUT,
        "round_timeout_seconds": ROUND_TIMEOUT,
        "rounds": [one_round(way, count) for count in counts for way in WAYS],
    }


def summarise(results: dict) -> None:
    print(f"server latency {results['server_latency_seconds'] * 1000:g} ms, bound "
          f"{results['bound']}:")
    for row in results["rounds"]:
        rate = row["requests_per_second"]
        print(f"  {row['resources']:>6,} {row['way']:<10} "
              + ("timed out" if rate is None else
                 f"{rate:8,.0f}/s p99 {row['p99_ms']:8,.1f} ms") +
              f", sockets {row['sockets_opened']}, memory +{row['client_rss_growth_mib']} MiB, "
              f"{row['outcomes']}")


def main() -> None:
    cli(measure, summarise)


if __name__ == "__main__":
    main()
