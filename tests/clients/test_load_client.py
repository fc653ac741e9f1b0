"""The load client: 1,000 clients at once with every reply checked; bounded
concurrency; a hostile server's huge reply refused; runnable alone."""

import asyncio
import json
import shutil
import struct
import sys

import pytest

from examples.clients.load_client import MAX_REPLY, allow_open_files, load
from tests.harness import ROOT, run_command
from tests.streams.servers import sort_server_process

HOST = "127.0.0.1"
PREFIX = struct.Struct(">Q")


@pytest.mark.timeout(120)
def test_a_thousand_concurrent_clients_lose_nothing():
    allow_open_files(2500)  # before starting the server: it inherits the limit
    with sort_server_process("--max-connections", "1000") as server:
        outcomes = asyncio.run(load(HOST, server.port, clients=1000, size=10,
                                    timeout=60, concurrency=1000))
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
    assert run.stdout.splitlines()[0] == (
        "50 clients, at most 50 at once, 20 numbers each: 50 correct")


@pytest.mark.timeout(30)
def test_at_most_concurrency_connections_are_open_at_once():
    open_now, most = 0, 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal open_now, most
        open_now += 1
        most = max(most, open_now)
        (size,) = PREFIX.unpack(await reader.readexactly(8))
        numbers = json.loads(await reader.readexactly(size))
        await asyncio.sleep(0.01)  # long enough for unbounded clients to pile up
        body = json.dumps(sorted(numbers)).encode()
        writer.write(PREFIX.pack(len(body)) + body)
        await writer.drain()
        await reader.read()  # until the client closes
        open_now -= 1
        writer.close()

    async def scenario() -> dict[str, int]:
        server = await asyncio.start_server(handle, HOST, 0)
        async with server:
            return await load(HOST, server.sockets[0].getsockname()[1], clients=60,
                              size=5, timeout=10, concurrency=7)

    assert asyncio.run(scenario()) == {"correct": 60}
    assert 1 < most <= 7


@pytest.mark.timeout(30)
def test_a_hostile_servers_huge_reply_is_refused_unread():
    sent = 0

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal sent
        (size,) = PREFIX.unpack(await reader.readexactly(8))
        await reader.readexactly(size)
        writer.write(PREFIX.pack(2**40))  # "a 1 TiB reply follows", and it does
        try:
            for _ in range(2000):  # up to 128 MiB, unless the client hangs up
                writer.write(b"7" * 65536)
                await writer.drain()
                sent += 65536
        except ConnectionError:
            pass
        finally:
            writer.close()

    async def scenario() -> dict[str, int]:
        server = await asyncio.start_server(handle, HOST, 0)
        async with server:
            return await load(HOST, server.sockets[0].getsockname()[1], clients=3,
                              size=5, timeout=10)

    assert asyncio.run(scenario()) == {"failed: ReplyTooLarge": 3}
    assert MAX_REPLY < 2**40
    assert sent < 3 * 32 * 2**20  # it hung up instead of reading on


@pytest.mark.parametrize("example", ["load_client.py", "remote_sort.py"])
def test_copied_alone_a_client_says_how_to_start_a_server(example, tmp_path):
    shutil.copy(ROOT / "examples" / "clients" / example, tmp_path)
    for args in ([], ["--port", "1"]):  # no server script here; nothing on port 1
        run = run_command([sys.executable, example, *args], cwd=tmp_path, timeout=30)
        assert run.returncode == 1
        assert run.stdout == "" or run.stdout.startswith("sending")
        [line] = run.stderr.splitlines()  # one line, no traceback
        assert "python examples/streams/sort_server.py --port 2015" in line
