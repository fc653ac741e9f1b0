"""1,000 clients at once against the sort service: every reply arrives and is checked."""

import asyncio
import json
import struct

import pytest

from examples.clients.load_client import allow_open_files, load
from tests.streams.servers import sort_server_process

HOST = "127.0.0.1"
PREFIX = struct.Struct(">Q")


@pytest.mark.timeout(120)
def test_a_thousand_concurrent_clients_lose_nothing():
    allow_open_files(2500)  # before starting the server: it inherits the limit
    with sort_server_process() as server:
        outcomes = asyncio.run(load(HOST, server.port, clients=1000, size=10, timeout=60))
        assert outcomes == {"correct": 1000}
        assert server.process.poll() is None
    assert server.lines[-1] == "stopped; requests answered: 1000"


@pytest.mark.timeout(30)
def test_wrong_and_missing_replies_are_counted():
    connections = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal connections
        connections += 1
        number = connections
        (size,) = PREFIX.unpack(await reader.readexactly(8))
        numbers = json.loads(await reader.readexactly(size))
        if number % 3 == 0:
            body = json.dumps(numbers[::-1]).encode()  # wrong: not sorted
        elif number % 5 == 0:
            body = None  # no reply at all
        else:
            body = json.dumps(sorted(numbers)).encode()
        if body is not None:
            writer.write(PREFIX.pack(len(body)) + body)
            await writer.drain()
        writer.close()

    async def scenario() -> dict[str, int]:
        server = await asyncio.start_server(handle, HOST, 0)
        async with server:
            return await load(HOST, server.sockets[0].getsockname()[1], clients=30, size=5,
                              timeout=10)

    assert asyncio.run(scenario()) == {
        "correct": 16, "wrong": 10, "failed: IncompleteReadError": 4}


@pytest.mark.timeout(60)
def test_script_starts_its_own_server_and_checks_every_reply(run_example):
    run = run_example("clients/load_client.py", "--clients", "50", timeout=50)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert run.stdout.splitlines()[0] == "50 clients at once, 20 numbers each: 50 correct"
