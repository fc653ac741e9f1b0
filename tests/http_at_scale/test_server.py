import asyncio
import tomllib

import aiohttp

from examples.http_at_scale.server import Config, serve
from tests.harness import ROOT


async def get(session, url):
    async with session.get(url) as response:
        return response.status, response.headers.get("Retry-After")


def test_every_kth_item_fails_its_first_request_only():
    async def run():
        async with serve(Config(latency=0, fail_every=3)) as server:
            async with aiohttp.ClientSession() as session:
                first = [(await get(session, f"{server.url}/items/{i}"))[0] for i in range(7)]
                again = [(await get(session, f"{server.url}/items/{i}"))[0] for i in range(7)]
            return first, again

    first, again = asyncio.run(run())
    assert first == [503, 200, 200, 503, 200, 200, 503]
    assert again == [200] * 7


def test_the_rate_limit_answers_429_with_whole_seconds_in_retry_after():
    async def run():
        config = Config(latency=0, rate=2, burst=3)
        async with serve(config) as server, aiohttp.ClientSession() as session:
            return [await get(session, f"{server.url}/items/1") for _ in range(5)]

    answers = asyncio.run(run())
    assert [status for status, _ in answers[:3]] == [200, 200, 200]  # the burst
    assert answers[3] == (429, "1")  # 0.5 s to the next token, rounded up


def test_connections_count_tcp_connections_not_requests():
    async def run():
        async with serve(Config(latency=0)) as server:
            async with aiohttp.ClientSession() as session:  # keep-alive: one
                for i in range(5):
                    await get(session, f"{server.url}/items/{i}")
            for i in range(3):  # a session each: three more
                async with aiohttp.ClientSession() as session:
                    await get(session, f"{server.url}/items/{i}")
            return len(server.state.connections)

    assert asyncio.run(run()) == 4


def test_the_server_binds_loopback_only():
    async def run():
        async with serve(Config()) as server:
            return server.url

    assert asyncio.run(run()).startswith("http://127.0.0.1:")


def test_the_http_group_holds_aiohttp_and_test_and_docs_include_it():
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    groups = groups["dependency-groups"]
    assert any(req.startswith("aiohttp") for req in groups["http"])
    for name in ("test", "docs"):
        assert {"include-group": "http"} in groups[name]


def test_the_locked_aiohttp_has_wheels_for_311_to_315_314t_and_315t_not_313t():
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    (aiohttp_lock,) = [p for p in lock["package"] if p["name"] == "aiohttp"]
    wheels = [wheel["url"].rsplit("/", 1)[1] for wheel in aiohttp_lock["wheels"]]
    tags = [f"cp3{m}-cp3{m}-" for m in range(11, 16)] + ["cp314-cp314t-", "cp315-cp315t-"]
    for tag in tags:
        for system in ("manylinux", "macosx", "win_amd64"):
            assert any(tag in w and system in w for w in wheels), (tag, system)
    assert not any("cp313t" in w for w in wheels)  # 3.13t builds it from source
