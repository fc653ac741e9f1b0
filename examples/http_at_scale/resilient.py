"""Timeouts, retries with backoff, a rate limiter and cancelled stragglers.

A client that a flaky, rate-limited server cannot hang or overload: every
request has a timeout (aiohttp.ClientTimeout) and the whole job a deadline
(asyncio.timeout); only idempotent requests are retried, only on 429, 503 and
connection errors, after an exponential backoff with full jitter that honours
Retry-After; a token bucket keeps the client under the server's rate; and once
enough answers are in, the rest are cancelled. The server (server.py, beside
this file or in examples/http_at_scale/) runs in this process on 127.0.0.1.
"""

import asyncio
import random
import time
from collections import Counter
from collections.abc import Iterable

import aiohttp

try:
    from examples.http_at_scale.server import Config, serve
except ImportError:  # copied alone, with server.py beside it
    from server import Config, serve  # type: ignore[no-redef]

RETRYABLE = frozenset({429, 503})
IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
MAX_RETRY_AFTER = 60.0  # seconds: no server parks this client for longer
TIMEOUT = aiohttp.ClientTimeout(total=5)  # per request: connect, send, read


class TokenBucket:
    """At most `burst` requests at once, then `rate` a second on average."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, burst
        self.tokens, self.updated = float(burst), time.monotonic()

    async def acquire(self) -> None:
        while True:
            now = time.monotonic()
            elapsed, self.updated = now - self.updated, now
            self.tokens = min(self.burst, self.tokens + elapsed * self.rate)
            if self.tokens >= 1:  # no await between the check and the take
                self.tokens -= 1
                return
            await asyncio.sleep((1 - self.tokens) / self.rate)


def backoff(
    attempt: int, rng: random.Random, base: float = 0.05, cap: float = 2.0
) -> float:
    """Full jitter: anywhere between 0 and the exponential bound."""
    return rng.uniform(0, min(cap, base * 2**attempt))


def retry_after(value: str | None, cap: float = MAX_RETRY_AFTER) -> float:
    """Seconds from a Retry-After of delay-seconds (RFC 9110: digits only), at
    most `cap`; 0 if absent, an HTTP-date (not sent by this server) or malformed."""
    value = (value or "").strip()
    if not (value.isascii() and value.isdigit()):  # "1.5", "inf", "1e9": no
        return 0.0
    return min(float(value), cap)


async def request(
    session: aiohttp.ClientSession,
    method: str,
    url: str,
    *,
    rng: random.Random,
    log: Counter[str],
    limiter: TokenBucket | None = None,
    attempts: int = 5,
    timeout: aiohttp.ClientTimeout = TIMEOUT,
) -> tuple[int, object]:
    """(status, JSON body); retries only what is safe to send twice."""
    retry = method in IDEMPOTENT
    for attempt in range(attempts):
        last = attempt == attempts - 1
        if limiter is not None:
            await limiter.acquire()
        try:
            async with session.request(method, url, timeout=timeout) as response:
                if response.content_type == "application/json":
                    body = await response.json(encoding="utf-8")
                else:  # an error page, say
                    body = await response.text(encoding="utf-8")
                status, wait = (
                    response.status,
                    retry_after(response.headers.get("Retry-After")),
                )
        except TimeoutError:  # aiohttp's socket timeouts too: the deadline decides
            raise
        except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError):
            log["connection errors"] += 1  # refused, reset, or cut mid-body
            if not retry or last:
                raise
            wait = 0.0
        else:
            log[str(status)] += 1
            if status not in RETRYABLE or not retry or last:
                return status, body
        log["retries"] += 1
        await asyncio.sleep(max(wait, backoff(attempt, rng)))
    raise AssertionError("unreachable")


async def fetch_all(
    base: str,
    ids: Iterable[int],
    limiter: TokenBucket | None = None,
    attempts: int = 5,
) -> tuple[Counter[str], list[object]]:
    """Every item at once (no bound but the limiter); the log counts statuses."""
    rng, log = random.Random(0), Counter[str]()
    async with aiohttp.ClientSession() as session:
        calls = [
            request(
                session,
                "GET",
                f"{base}/items/{i}",
                rng=rng,
                log=log,
                limiter=limiter,
                attempts=attempts,
            )
            for i in ids
        ]
        answers = await asyncio.gather(*calls)
    return log, [body for _, body in answers]


async def retries_demo() -> None:
    async with serve(Config(latency=0.01, fail_every=10)) as server:
        log, bodies = await fetch_all(server.url, range(50))
        right = bodies == [{"n": i, "square": i * i} for i in range(50)]
        print(
            f"GET, every 10th fails once with 503: all 50 right: {right}, ", end=""
        )
        print(f"503s: {log['503']}, retries: {log['retries']}")
        rng, log = random.Random(0), Counter[str]()
        async with aiohttp.ClientSession() as session:
            url = f"{server.url}/items/60"  # fails the first time
            status, _ = await request(session, "POST", url, rng=rng, log=log)
        print(f"POST, same failure: status {status}, retries: {log['retries']}")


async def limiter_demo() -> None:
    config = Config(latency=0.01, rate=50, burst=5)
    async with serve(config) as server:
        log, _ = await fetch_all(server.url, range(30), attempts=1)
        print(f"30 at once, server allows 50/s: some 429s: {log['429'] > 0}")
    async with serve(config) as server:
        bucket = TokenBucket(rate=25, burst=3)
        log, _ = await fetch_all(server.url, range(30), bucket, attempts=1)
        print(
            f"the same, 25/s token bucket: 429s: {log['429']}, 200s: {log['200']}"
        )
    async with serve(Config(latency=0.01, rate=1, burst=1)) as server:
        rng, log = random.Random(0), Counter[str]()
        async with aiohttp.ClientSession() as session:
            url = f"{server.url}/items/1"
            await request(session, "GET", url, rng=rng, log=log)  # takes the token
            started = time.monotonic()
            status, _ = await request(session, "GET", url, rng=rng, log=log)
            waited = time.monotonic() - started
        print(
            f"429 with Retry-After: 1, then: {status}, waited >= 1 s: {waited >= 1}"
        )


async def timeouts_demo() -> None:
    async with (
        serve(Config(latency=0.01)) as server,
        aiohttp.ClientSession() as session,
    ):
        short = aiohttp.ClientTimeout(total=0.2)
        try:
            async with session.get(f"{server.url}/items/1?delay=2", timeout=short):
                pass
        except TimeoutError:  # aiohttp's timeout errors subclass it
            print("a 2 s answer under ClientTimeout(total=0.2): TimeoutError")
        answers = 0
        try:
            async with asyncio.timeout(0.5):  # one deadline for the whole job
                for i in range(20):
                    async with session.get(
                        f"{server.url}/items/{i}?delay=0.1"
                    ) as response:
                        await response.read()
                        answers += 1
        except TimeoutError:
            print(
                f"20 answers of 0.1 s in a 0.5 s deadline: TimeoutError, "
                f"fewer than 20: {answers < 20}"
            )


async def first_of(
    base: str, delays: list[float], wanted: int
) -> tuple[list[int], int]:
    """The first `wanted` answers, and how many requests were cancelled."""
    async with aiohttp.ClientSession() as session:

        async def one(n: int, delay: float) -> int:
            async with session.get(f"{base}/items/{n}?delay={delay}") as response:
                return (await response.json(encoding="utf-8"))["n"]

        tasks = [asyncio.create_task(one(n, d)) for n, d in enumerate(delays)]
        try:
            got = []
            for next_done in asyncio.as_completed(tasks):
                got.append(await next_done)
                if len(got) == wanted:
                    break
        finally:
            for task in tasks:
                task.cancel()  # no-op on the finished ones
            await asyncio.gather(*tasks, return_exceptions=True)  # let them unwind
        return got, sum(task.cancelled() for task in tasks)


async def stragglers_demo() -> None:
    async with serve(Config()) as server:
        delays = [0.05 * (10 - n) for n in range(10)]  # item 9 is the fastest
        started = time.monotonic()
        got, cancelled = await first_of(server.url, delays, wanted=3)
        waited = time.monotonic() - started
        print(
            f"first 3 of 10: items {sorted(got)}, cancelled: {cancelled}, "
            f"waited for the slowest: {waited >= max(delays)}"
        )


async def run() -> None:
    await retries_demo()
    await limiter_demo()
    await timeouts_demo()
    await stragglers_demo()


def main() -> None:
    try:
        asyncio.run(run())  # every session and server closes by `async with`
    except KeyboardInterrupt:
        print("interrupted; everything closed")


if __name__ == "__main__":
    main()
