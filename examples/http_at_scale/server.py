"""A local HTTP service to measure clients against: latency, failures, a rate limit.

GET (or POST) /items/{n} answers {"n": n, "square": n * n} as JSON (UTF-8)
after `latency` seconds, or ?delay= seconds (at most 10). With `fail_every=k`,
every item whose n is a multiple of k fails its *first* request with 503.
With `rate=r`, a token bucket (`burst` tokens, r more a second) admits
requests; one that finds it empty gets 429 and a Retry-After header.
GET /stats reports the TCP connections opened, the most requests held at once
and the statuses sent. It binds 127.0.0.1 only.
"""

import argparse
import asyncio
import contextlib
import math
import time
from collections import Counter
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from aiohttp import web


@dataclass
class Config:
    latency: float = 0.02  # seconds per answered request
    fail_every: int = 0  # 0: no failures
    rate: float = 0.0  # requests per second; 0: no limit
    burst: int = 10  # the bucket's size


@dataclass
class State:
    config: Config
    connections: set[object] = field(default_factory=set)  # one per TCP connection
    statuses: Counter[int] = field(default_factory=Counter)
    failed_once: set[int] = field(default_factory=set)
    in_flight: int = 0
    max_in_flight: int = 0
    tokens: float = 0.0
    refilled: float = field(default_factory=time.monotonic)

    def admit(self) -> float:
        """0 if the bucket has a token (taken), else the seconds until it will."""
        rate = self.config.rate
        if not rate:
            return 0.0
        now = time.monotonic()
        elapsed = now - self.refilled
        self.tokens = min(self.config.burst, self.tokens + elapsed * rate)
        self.refilled = now
        if self.tokens >= 1:
            self.tokens -= 1
            return 0.0
        return (1 - self.tokens) / rate


STATE = web.AppKey("state", State)


async def item(request: web.Request) -> web.Response:
    state = request.app[STATE]
    state.connections.add(request.protocol)  # kept alive, so never reused
    wait = state.admit()
    if wait:
        state.statuses[429] += 1
        # Retry-After is whole seconds (RFC 9110, section 10.2.3): round up.
        retry_after = str(math.ceil(wait))
        headers = {"Retry-After": retry_after}
        return web.json_response({"error": "busy"}, status=429, headers=headers)
    n = int(request.match_info["n"])
    delay = float(request.query.get("delay", state.config.latency))
    state.in_flight += 1
    state.max_in_flight = max(state.max_in_flight, state.in_flight)
    try:
        await asyncio.sleep(min(delay, 10.0))  # ?delay=s overrides, bounded
    finally:
        state.in_flight -= 1
    every = state.config.fail_every
    if every and n % every == 0 and n not in state.failed_once:
        state.failed_once.add(n)
        state.statuses[503] += 1
        return web.json_response({"error": "try again"}, status=503)
    state.statuses[200] += 1
    return web.json_response({"n": n, "square": n * n})


async def stats(request: web.Request) -> web.Response:
    state = request.app[STATE]
    return web.json_response(
        {
            "connections": len(state.connections),
            "statuses": {str(k): v for k, v in sorted(state.statuses.items())},
            "max_in_flight": state.max_in_flight,
        }
    )


def make_app(config: Config) -> web.Application:
    app = web.Application()
    app[STATE] = State(config, tokens=config.burst)
    app.router.add_get("/items/{n}", item)
    app.router.add_post("/items/{n}", item)  # the same, but not idempotent
    app.router.add_get("/stats", stats)
    return app


@dataclass
class Running:
    url: str
    state: State


@contextlib.asynccontextmanager
async def serve(config: Config, port: int = 0) -> AsyncIterator[Running]:
    """Run the service on 127.0.0.1 (port 0: a free one) until the block exits."""
    app = make_app(config)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", port)
        await site.start()
        host, bound = runner.addresses[0][:2]
        yield Running(f"http://{host}:{bound}", app[STATE])
    finally:
        await runner.cleanup()  # closes the listener and every connection


async def run_forever(config: Config, port: int) -> None:
    async with serve(config, port) as running:
        print(f"listening on {running.url}", flush=True)
        try:
            await asyncio.Event().wait()  # until Ctrl-C cancels it
        finally:
            print(f"stopped; statuses: {dict(running.state.statuses)}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--fail-every", type=int, default=0)
    parser.add_argument("--rate", type=float, default=0.0)
    parser.add_argument("--burst", type=int, default=10)
    args = parser.parse_args()
    config = Config(args.latency, args.fail_every, args.rate, args.burst)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(run_forever(config, args.port))


if __name__ == "__main__":
    main()
