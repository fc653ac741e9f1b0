"""The notes' client works only while the reply happens to be as long as the request; the
corrected one reads the reply's own length, closes properly and gives up after its deadline."""

import asyncio
import gc
import json
import struct
from collections.abc import Awaitable, Callable

import pytest

from examples.clients.remote_sort import SortError, remote_sort
from tests.streams.servers import sort_server_thread

HOST = "127.0.0.1"
PREFIX = struct.Struct(">Q")


async def notes_remote_sort(numbers: list[int], host: str, port: int) -> list[int]:
    """The notes' client (its prints dropped, host and port made parameters)."""
    reader, writer = await asyncio.open_connection(host, port)
    data = json.dumps(numbers).encode()
    writer.write(len(data).to_bytes(8, "big"))
    writer.write(data)
    data = await reader.readexactly(len(data))  # assumes the reply is as long as the request
    sorted_values = json.loads(data.decode())
    writer.close()
    return sorted_values


Reply = Callable[[list[int]], bytes]


async def with_fake_server(reply: Reply, client: Callable[[int], Awaitable[object]],
                           close_after_reply: bool = False) -> tuple[object, list[bytes]]:
    """A server that reads one framed request and writes reply(numbers) as it is; returns the
    client's result and what the server read after replying (b"" means: the client closed)."""
    after_reply: list[bytes] = []

    handlers: set[asyncio.Task] = set()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        handlers.add(asyncio.current_task())
        try:
            (size,) = PREFIX.unpack(await reader.readexactly(8))
            writer.write(reply(json.loads(await reader.readexactly(size))))
            await writer.drain()
            if not close_after_reply:
                after_reply.append(await reader.read())  # hold the connection open until EOF
        finally:
            writer.close()

    server = await asyncio.start_server(handle, HOST, 0)
    async with server:
        port = server.sockets[0].getsockname()[1]
        async with asyncio.timeout(20):
            result = await client(port)
        await asyncio.sleep(0.05)
        for task in handlers:
            task.cancel()
        await asyncio.gather(*handlers, return_exceptions=True)
    return result, after_reply


def same_format(numbers: list[int]) -> bytes:
    return json.dumps(sorted(numbers)).encode()  # what the notes' server must have sent


def compact(numbers: list[int]) -> bytes:
    return json.dumps(sorted(numbers), separators=(",", ":")).encode()  # valid, but shorter


def framed(body: bytes) -> bytes:
    return PREFIX.pack(len(body)) + body


NUMBERS = [5, 3, 10, 1]


@pytest.mark.timeout(30)
def test_notes_client_works_when_the_reply_is_exactly_as_long_as_the_request():
    result, _ = asyncio.run(with_fake_server(
        same_format, lambda port: notes_remote_sort(NUMBERS, HOST, port), close_after_reply=True))
    assert result == [1, 3, 5, 10]
    assert len(json.dumps(NUMBERS)) == len(json.dumps(sorted(NUMBERS)))  # the coincidence


# When it fails, the notes' client also leaks its socket (it closes it only on success): Python
# reports "unclosed transport" when the socket is garbage-collected, which the tests below make
# happen at once (gc.collect()), while that report is ignored.
leaks_its_socket = pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")


def notes_client_error(scenario: Awaitable[object]) -> type[BaseException] | None:
    """Run a scenario with the notes' client; return the type of what it raised."""
    error_type = None
    try:
        asyncio.run(scenario)
    except Exception as error:  # only its type survives, so the leaked socket can be collected
        error_type = type(error)
    gc.collect()
    return error_type


@leaks_its_socket
@pytest.mark.timeout(30)
def test_notes_client_hangs_when_the_reply_is_shorter():
    async def client(port: int) -> str:
        try:
            async with asyncio.timeout(1):  # the notes' client has no deadline of its own
                await notes_remote_sort(NUMBERS, HOST, port)
        except TimeoutError:
            return "still waiting after 1 s"
        return "returned"

    result, _ = asyncio.run(with_fake_server(compact, client, close_after_reply=False))
    gc.collect()  # cancelled, the notes' client left its socket open
    assert result == "still waiting after 1 s"


@leaks_its_socket
@pytest.mark.timeout(30)
@pytest.mark.parametrize(("reply", "error"), [
    (b'{"error": "bad request"}', json.JSONDecodeError),  # longer: cut after 13 bytes
    (b'"bad"', asyncio.IncompleteReadError),  # shorter, then the server closes
], ids=["longer", "shorter"])
def test_notes_client_fails_on_a_reply_of_another_length(reply, error):
    assert len(reply) != len(json.dumps(NUMBERS))
    assert notes_client_error(with_fake_server(
        lambda numbers: reply, lambda port: notes_remote_sort(NUMBERS, HOST, port),
        close_after_reply=True)) is error


@leaks_its_socket
@pytest.mark.timeout(60)
def test_notes_client_cannot_read_the_length_prefixed_reply_of_the_real_server():
    with sort_server_thread() as server:
        error = notes_client_error(notes_remote_sort(NUMBERS, HOST, server.port))
    assert error is json.JSONDecodeError  # it read the 8-byte prefix as if it were JSON


@pytest.mark.timeout(30)
def test_corrected_client_reads_a_reply_of_any_length_and_closes_its_connection():
    result, after_reply = asyncio.run(with_fake_server(
        lambda numbers: framed(compact(numbers)), lambda port: remote_sort(NUMBERS, HOST, port)))
    assert result == [1, 3, 5, 10]
    assert after_reply == [b""]  # the server saw EOF: the client closed its side


@pytest.mark.timeout(30)
def test_corrected_client_gives_up_at_its_deadline():
    async def client(port: int) -> float:
        loop = asyncio.get_running_loop()
        start = loop.time()
        with pytest.raises(TimeoutError):
            await remote_sort(NUMBERS, HOST, port, timeout=0.5)
        return loop.time() - start

    elapsed, after_reply = asyncio.run(with_fake_server(lambda numbers: b"", client))
    assert 0.5 <= elapsed < 5
    assert after_reply == [b""]  # and it closed the connection


@pytest.mark.timeout(30)
def test_corrected_client_refuses_a_huge_length_prefix():
    with pytest.raises(SortError, match="over our limit"):
        asyncio.run(with_fake_server(lambda numbers: PREFIX.pack(2**40),
                                     lambda port: remote_sort(NUMBERS, HOST, port)))


@pytest.mark.timeout(60)
def test_corrected_client_against_the_real_server():
    numbers = list(range(10_000, 0, -1))
    with sort_server_thread() as server:
        assert asyncio.run(remote_sort(numbers, HOST, server.port)) == sorted(numbers)
        with pytest.raises(SortError, match="expected a JSON list"):
            asyncio.run(remote_sort({"a": 1}, HOST, server.port))


@pytest.mark.timeout(60)
def test_script_starts_its_own_server_when_given_no_port(run_example):
    run = run_example("clients/remote_sort.py", timeout=50)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert run.stdout.splitlines() == [
        "sending 10000 numbers to 127.0.0.1",
        "received 10000 numbers, sorted: True",
        "smallest [0, 0, 0], largest [9997, 9998, 9998]",
        "a bad request gets an error: expected a list of numbers only",
    ]
