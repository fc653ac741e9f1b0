import asyncio

import pytest

from examples.http_at_scale import four_ways
from examples.http_at_scale.server import Config, serve

SQUARES = sum(i * i for i in range(100))


@pytest.fixture(scope="module")
def results():
    return asyncio.run(four_ways.run_all(n=100, limit=5))


@pytest.mark.timeout(120)
def test_every_bounded_way_gets_every_answer_right_without_a_429(results):
    for name, result in results.items():
        if name != "asyncio, unbounded gather":
            assert result.statuses == {200: 100}, name
            assert result.total == SQUARES, name


@pytest.mark.timeout(120)
def test_a_shared_session_reuses_its_connections_and_urllib_does_not(results):
    assert results["sequential"].connections == 1
    assert results["asyncio, Semaphore(5)"].connections <= 5
    assert results["asyncio, TCPConnector(limit=5)"].connections <= 5
    assert results["5 threads, urllib"].connections == 100  # Connection: close
    assert results["a session per request"].connections == 100


@pytest.mark.timeout(120)
def test_both_bounds_hold_the_server_to_five_requests_at_once(results):
    for name in ("asyncio, Semaphore(5)", "asyncio, TCPConnector(limit=5)"):
        assert results[name].server_peak <= 5
    assert results["sequential"].server_peak == 1


@pytest.mark.timeout(120)
def test_the_semaphore_bounds_the_job_and_the_connector_only_the_request(results):
    assert results["asyncio, Semaphore(5)"].client_peak <= 5
    assert results["asyncio, TCPConnector(limit=5)"].client_peak > 5


@pytest.mark.timeout(120)
def test_the_unbounded_gather_trips_the_rate_limit(results):
    result = results["asyncio, unbounded gather"]
    assert result.statuses[429] > 0
    assert result.statuses[200] + result.statuses[429] == 100
    assert result.server_peak > 5


@pytest.mark.timeout(120)
def test_the_default_connector_allows_100_connections_not_more():
    async def run():
        async with serve(Config(latency=0.2)) as server:
            return await four_ways.unbounded(server.url, 150)

    result = asyncio.run(run())
    assert result.statuses == {200: 150}
    assert result.server_peak == 100
    assert result.connections == 100
