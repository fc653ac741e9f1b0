"""One job - fetch N resources from a local server - done four ways, and counted.

Sequentially; with threads (urllib.request); with asyncio bounded by a
semaphore or by the connector's `limit=`; and with an unbounded gather that
trips the server's rate limit. The server (server.py, beside this file or in
examples/http_at_scale/) runs in this process, on a free port of 127.0.0.1, and
counts the TCP connections each way opened and how many requests it held at once.
"""

import asyncio
import json
import urllib.request
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import aiohttp

try:
    from examples.http_at_scale.server import Config, serve
except ImportError:  # copied alone, with server.py beside it
    from server import Config, serve  # type: ignore[no-redef]

N = 100
LIMIT = 5
# 30 ms a request and at most 5 at once is at most ~167 requests a second: under
# the server's limit of 250 a second (burst 20), so a bounded client never sees 429.
CONFIG = Config(latency=0.03, rate=250, burst=20)
PROCESSING = 0.02  # what the client does with each answer, after reading it


@dataclass
class Outcome:
    statuses: Counter[int]
    total: int  # the sum of the squares received
    connections: int  # TCP connections the server saw
    server_peak: int  # requests the server held at once
    client_peak: int = 0  # jobs (request + processing) running at once


class Peak:
    """Counts how many jobs are inside `async with` at once."""

    def __init__(self) -> None:
        self.now = self.max = 0

    async def __aenter__(self) -> None:
        self.now += 1
        self.max = max(self.max, self.now)

    async def __aexit__(self, *exc: object) -> None:
        self.now -= 1


async def fetch(session: aiohttp.ClientSession, url: str) -> tuple[int, int]:
    async with session.get(url) as response:
        if response.status != 200:
            await response.read()
            return response.status, 0
        body = await response.json(encoding="utf-8")
        return 200, body["square"]


def outcome(results: list[tuple[int, int]], stats: dict, peak: int = 0) -> Outcome:
    return Outcome(
        Counter(status for status, _ in results),
        sum(square for _, square in results),
        stats["connections"],
        stats["max_in_flight"],
        peak,
    )


async def server_stats(base: str) -> dict:
    async with (
        aiohttp.ClientSession() as session,
        session.get(f"{base}/stats") as r,
    ):
        return await r.json(encoding="utf-8")


async def sequential(base: str, n: int) -> Outcome:
    async with aiohttp.ClientSession() as session:
        results = [await fetch(session, f"{base}/items/{i}") for i in range(n)]
    return outcome(results, await server_stats(base))


def fetch_blocking(url: str) -> tuple[int, int]:
    # urllib.request sends "Connection: close": one TCP connection per request.
    with urllib.request.urlopen(url, timeout=10) as response:
        body = json.loads(response.read().decode("utf-8"))
        return response.status, body["square"]


async def threaded(base: str, n: int, workers: int) -> Outcome:
    urls = [f"{base}/items/{i}" for i in range(n)]

    def run() -> list[tuple[int, int]]:
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(fetch_blocking, urls))

    results = await asyncio.to_thread(run)  # the loop keeps serving meanwhile
    return outcome(results, await server_stats(base))


async def job(
    session: aiohttp.ClientSession, url: str, peak: Peak
) -> tuple[int, int]:
    async with peak:
        result = await fetch(session, url)
        await asyncio.sleep(PROCESSING)  # work on the answer; no connection held
        return result


async def with_semaphore(base: str, n: int, limit: int) -> Outcome:
    semaphore, peak = asyncio.Semaphore(limit), Peak()

    async def bounded(url: str) -> tuple[int, int]:
        async with semaphore:  # bounds the whole job, processing included
            return await job(session, url, peak)

    async with aiohttp.ClientSession() as session:
        results = await asyncio.gather(
            *(bounded(f"{base}/items/{i}") for i in range(n))
        )
    return outcome(results, await server_stats(base), peak.max)


async def with_connector(base: str, n: int, limit: int) -> Outcome:
    peak = Peak()
    connector = aiohttp.TCPConnector(limit=limit)  # bounds connections only
    async with aiohttp.ClientSession(connector=connector) as session:
        urls = [f"{base}/items/{i}" for i in range(n)]
        results = await asyncio.gather(*(job(session, url, peak) for url in urls))
    return outcome(results, await server_stats(base), peak.max)


async def unbounded(base: str, n: int) -> Outcome:
    # The default connector still allows 100 connections: here, all of them.
    async with aiohttp.ClientSession() as session:
        urls = [f"{base}/items/{i}" for i in range(n)]
        results = await asyncio.gather(*(fetch(session, url) for url in urls))
    return outcome(results, await server_stats(base))


async def session_per_request(base: str, n: int, limit: int) -> Outcome:
    semaphore = asyncio.Semaphore(limit)

    async def one(url: str) -> tuple[int, int]:
        async with semaphore, aiohttp.ClientSession() as session:
            return await fetch(session, url)

    results = await asyncio.gather(*(one(f"{base}/items/{i}") for i in range(n)))
    return outcome(results, await server_stats(base))


def report(name: str, result: Outcome, n: int) -> None:
    squares = sum(i * i for i in range(n))
    all_ok = result.statuses[200] == n and result.total == squares
    print(
        f"{name}: all {n} right: {all_ok}, "
        f"429s: {result.statuses[429] > 0}, connections: {result.connections}"
    )


async def run_all(n: int = N, limit: int = LIMIT) -> dict[str, Outcome]:
    ways = {
        "sequential": lambda url: sequential(url, n),
        f"{limit} threads, urllib": lambda url: threaded(url, n, limit),
        f"asyncio, Semaphore({limit})": lambda url: with_semaphore(url, n, limit),
        f"asyncio, TCPConnector(limit={limit})": (
            lambda url: with_connector(url, n, limit)
        ),
        "asyncio, unbounded gather": lambda url: unbounded(url, n),
        "a session per request": lambda url: session_per_request(url, n, limit),
    }
    results = {}
    for name, way in ways.items():
        async with serve(CONFIG) as server:  # a fresh server: fresh counts
            results[name] = await way(server.url)
    return results


def main() -> None:
    results = asyncio.run(run_all())
    for name, result in results.items():
        report(name, result, N)
    semaphore = results[f"asyncio, Semaphore({LIMIT})"]
    connector = results[f"asyncio, TCPConnector(limit={LIMIT})"]
    print(f"Semaphore: jobs at once <= {LIMIT}: {semaphore.client_peak <= LIMIT}")
    print(f"connector: jobs at once > {LIMIT}: {connector.client_peak > LIMIT}")


if __name__ == "__main__":
    main()
