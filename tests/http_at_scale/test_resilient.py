import asyncio
import os
import random
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import aiohttp
import pytest

from examples.http_at_scale import resilient
from examples.http_at_scale.resilient import TokenBucket, backoff, fetch_all, first_of, request
from examples.http_at_scale.server import Config, serve

EXAMPLE = Path(resilient.__file__)


def test_full_jitter_stays_under_the_exponential_bound_and_spreads():
    rng = random.Random(1)
    for attempt in range(8):
        bound = min(2.0, 0.05 * 2**attempt)
        waits = [backoff(attempt, rng) for _ in range(200)]
        assert all(0 <= w <= bound for w in waits)
        assert max(waits) - min(waits) > bound / 2  # spread out, not synchronised


def test_retry_after_reads_delay_seconds_and_ignores_dates():
    assert resilient.retry_after("3") == 3.0
    assert resilient.retry_after(None) == 0.0
    assert resilient.retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0
    for malformed in ("1.5", "inf", "1e9", "-3", "\u00b2"):  # not 1*DIGIT
        assert resilient.retry_after(malformed) == 0.0, malformed
    assert resilient.retry_after("86400") == resilient.MAX_RETRY_AFTER


async def call(method: str, url: str, attempts: int = 5) -> tuple[int, Counter[str]]:
    log: Counter[str] = Counter()
    async with aiohttp.ClientSession() as session:
        status, _ = await request(
            session, method, url, rng=random.Random(0), log=log, attempts=attempts
        )
    return status, log


@pytest.mark.timeout(60)
def test_a_get_is_retried_once_per_503_and_a_post_never():
    async def run():
        async with serve(Config(latency=0.01, fail_every=10)) as server:
            log, bodies = await fetch_all(server.url, range(30))
            post = await call("POST", f"{server.url}/items/40")
            return log, bodies, post, server.state.statuses

    log, bodies, (post_status, post_log), statuses = asyncio.run(run())
    assert bodies == [{"n": i, "square": i * i} for i in range(30)]
    assert log["503"] == 3
    assert log["retries"] == 3
    assert post_status == 503
    assert post_log["retries"] == 0
    assert statuses == {200: 30, 503: 4}


@pytest.mark.timeout(60)
def test_a_status_that_is_not_retryable_is_returned_at_once():
    async def run():
        async with serve(Config(latency=0.01)) as server:
            return await call("GET", f"{server.url}/no-such-path")

    status, log = asyncio.run(run())
    assert status == 404
    assert log["retries"] == 0


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.timeout(60)
def test_connection_errors_are_retried_for_get_and_raised_at_once_for_post():
    url = f"http://127.0.0.1:{free_port()}/items/1"  # nothing listens there
    for method, tries in (("GET", 3), ("POST", 1)):
        log: Counter[str] = Counter()

        async def run(method=method, log=log):
            async with aiohttp.ClientSession() as session:
                await request(session, method, url, rng=random.Random(0), log=log, attempts=3)

        with pytest.raises(aiohttp.ClientConnectionError):
            asyncio.run(run())
        assert log["connection errors"] == tries


@pytest.mark.timeout(60)
def test_retry_after_is_honoured():
    async def run():
        async with serve(Config(latency=0.01, rate=1, burst=1)) as server:
            await call("GET", f"{server.url}/items/1")
            started = time.monotonic()
            status, log = await call("GET", f"{server.url}/items/1")
            return status, log, time.monotonic() - started

    status, log, waited = asyncio.run(run())
    assert status == 200
    assert log["429"] >= 1
    assert waited >= 1.0


@pytest.mark.timeout(60)
def test_the_token_bucket_avoids_the_429s_that_the_burst_gets():
    config = Config(latency=0.01, rate=50, burst=5)

    async def run(limiter):
        async with serve(config) as server:
            log, _ = await fetch_all(server.url, range(30), limiter, attempts=1)
            return log

    assert asyncio.run(run(None))["429"] > 0
    assert asyncio.run(run(TokenBucket(rate=25, burst=3))) == {"200": 30}


@pytest.mark.timeout(60)
def test_the_token_bucket_admits_its_burst_then_its_rate():
    async def run():
        bucket = TokenBucket(rate=20, burst=4)
        started = time.monotonic()
        for _ in range(4):
            await bucket.acquire()
        burst = time.monotonic() - started
        for _ in range(10):
            await bucket.acquire()
        return burst, time.monotonic() - started

    burst, total = asyncio.run(run())
    assert burst < 0.1
    assert total >= 10 / 20 - 0.05  # 10 more tokens at 20 a second


@pytest.mark.timeout(60)
def test_a_per_request_timeout_and_an_overall_deadline_both_raise_timeouterror():
    async def run():
        async with serve(Config()) as server, aiohttp.ClientSession() as session:
            timeout = aiohttp.ClientTimeout(total=0.2)
            started = time.monotonic()
            with pytest.raises(TimeoutError):
                async with session.get(f"{server.url}/items/1?delay=2", timeout=timeout):
                    pass
            assert time.monotonic() - started < 1.5  # not the 2 s the server would take
            started = time.monotonic()
            with pytest.raises(TimeoutError):
                async with asyncio.timeout(0.3):
                    await asyncio.gather(
                        *(session.get(f"{server.url}/items/{i}?delay=2") for i in range(5))
                    )
            assert time.monotonic() - started < 1.5  # not the 2 s the server would take

    asyncio.run(run())


@pytest.mark.timeout(60)
def test_first_of_returns_the_fastest_and_cancels_the_rest():
    async def run():
        async with serve(Config()) as server:
            delays = [2.0] * 7 + [0.0, 0.05, 0.1]
            started = time.monotonic()
            got, cancelled = await first_of(server.url, delays, wanted=3)
            return got, cancelled, time.monotonic() - started

    got, cancelled, elapsed = asyncio.run(run())
    assert sorted(got) == [7, 8, 9]
    assert cancelled == 7
    assert elapsed < 1.5  # the 2 s stragglers were not awaited


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a child is POSIX")
@pytest.mark.timeout(60)
def test_ctrl_c_closes_every_session_and_exits_cleanly():
    # -X dev shows ResourceWarnings; aiohttp reports a session or connector that
    # was never closed as "Unclosed client session" / "Unclosed connector".
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    child = subprocess.Popen(
        [sys.executable, "-X", "dev", str(EXAMPLE)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
    )
    first = child.stdout.readline()  # the first demo has run: servers are up
    assert first.startswith("GET, every 10th")
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=30)
    assert child.returncode == 0
    assert out.rstrip().endswith("interrupted; everything closed")
    assert "Unclosed client session" not in err
    assert "Unclosed connector" not in err


def test_aiohttps_default_timeout_is_five_minutes_total():
    assert aiohttp.client.DEFAULT_TIMEOUT.total == 300


@pytest.mark.timeout(60)
def test_a_request_that_runs_out_its_timeout_raises_and_is_not_retried():
    log: Counter[str] = Counter()

    async def run():
        async with serve(Config()) as server, aiohttp.ClientSession() as session:
            await request(
                session,
                "GET",
                f"{server.url}/items/1?delay=2",
                rng=random.Random(0),
                log=log,
                timeout=aiohttp.ClientTimeout(total=0.2),
            )

    with pytest.raises(TimeoutError):
        asyncio.run(run())
    assert log["retries"] == 0
