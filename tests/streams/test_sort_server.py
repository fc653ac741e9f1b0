"""The sort service: framing, every kind of bad input, limits, a dead worker, clean shutdown."""

import asyncio
import json
import logging
import socket
import sys
import time

import pytest

from examples.streams.sort_server import PREFIX, BadRequest, Limits, parse_numbers, sort_request
from tests.streams.servers import (
    ask,
    closed_by_server,
    connect,
    read_reply,
    sort_server_process,
    sort_server_thread,
)


def test_parse_numbers_accepts_ints_and_floats():
    assert parse_numbers(b"[3, 1.5, -2, 0]") == [3, 1.5, -2, 0]
    assert sort_request(b"[3, 1.5, -2, 0]") == (True, b"[-2, 0, 1.5, 3]")
    assert sort_request(b"[true]") == (False, b'{"error": "expected a list of numbers only"}')


@pytest.mark.timeout(60)
def test_sorts_several_requests_on_one_connection():
    with sort_server_thread() as server, connect(server.port) as sock:
        assert ask(sock, b"[5, 3, 9, 1]") == [1, 3, 5, 9]
        assert ask(sock, b"[2.5, -1, 1e3]") == [-1, 2.5, 1000.0]
        assert ask(sock, b"[]") == []
        sock.shutdown(socket.SHUT_WR)  # EOF between requests: the server closes, no error
        assert closed_by_server(sock)
        assert server.service.served == 3


BAD_INPUTS = {
    "malformed JSON": (b"[1, 2", "malformed JSON"),
    "not UTF-8": (b"[1, \xff]", "malformed JSON"),
    "an object": (b'{"numbers": [2, 1]}', "expected a JSON list, got dict"),
    "a number": (b"42", "expected a JSON list, got int"),
    "strings": (b'[1, "2"]', "expected a list of numbers only"),
    "booleans": (b"[true, 0]", "expected a list of numbers only"),
    "null": (b"[null]", "expected a list of numbers only"),
    "nested lists": (b"[[1], [2]]", "expected a list of numbers only"),
    "NaN": (b"[1, NaN]", "NaN is not a number we can sort"),
    "Infinity": (b"[-Infinity]", "-Infinity is not a number we can sort"),
    "1e400": (b"[1e400]", "expected a list of numbers only"),  # parses as inf
    "deep nesting": (b"[" * 200_000, "malformed JSON"),  # RecursionError inside json
    "a 5000-digit int": (b"[" + b"9" * 5000 + b"]", "malformed JSON"),  # int_max_str_digits
}


@pytest.mark.timeout(60)
def test_every_bad_input_gets_an_error_reply_then_a_close_and_the_server_keeps_serving():
    with sort_server_thread() as server:
        for kind, (body, message) in BAD_INPUTS.items():
            with connect(server.port) as sock:
                reply = ask(sock, body)
                assert isinstance(reply, dict), kind
                assert reply["error"].startswith(message), (kind, reply)
                assert closed_by_server(sock), kind
        with connect(server.port) as sock:
            assert ask(sock, b"[2, 1]") == [1, 2]


@pytest.mark.parametrize("body", [body for body, _ in BAD_INPUTS.values()][:6])
def test_parse_numbers_refuses_bad_input(body):
    with pytest.raises(BadRequest):
        parse_numbers(body)


@pytest.mark.timeout(60)
def test_oversized_request_is_refused_before_its_body_is_sent():
    with sort_server_thread(Limits(max_request=1000)) as server, connect(server.port) as sock:
        sock.sendall(PREFIX.pack(1001))  # only the length: the body is never sent
        assert read_reply(sock) == {"error": "request too large: 1001 > 1000 bytes"}
        assert closed_by_server(sock)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("sent", [b"", b"\x00\x00", PREFIX.pack(10) + b"[1, "],
                         ids=["nothing", "half a prefix", "half a body"])
def test_a_silent_client_is_disconnected_after_the_timeout(sent):
    with sort_server_thread(Limits(timeout=0.3)) as server, connect(server.port) as sock:
        sock.sendall(sent)
        start = time.monotonic()
        assert closed_by_server(sock)  # recv() would wait 10 s if the server did not close
        assert time.monotonic() - start < 5
        with connect(server.port) as other:
            assert ask(other, b"[3, 2, 1]") == [1, 2, 3]


@pytest.mark.timeout(60)
def test_a_client_leaving_mid_request_does_not_disturb_the_server(caplog):
    caplog.set_level(logging.INFO, logger="sort_server")
    with sort_server_thread() as server:
        with connect(server.port) as sock:
            sock.sendall(PREFIX.pack(100) + b"[1, 2,")  # and then it is gone
        with connect(server.port) as sock:
            body = json.dumps(list(range(100_000, 0, -1))).encode()
            sock.sendall(PREFIX.pack(len(body)) + body)  # gone before the reply is written
        with connect(server.port) as sock:
            assert ask(sock, b"[2, 1]") == [1, 2]
        server.shut_down()
    assert any("left in the middle of a request" in r.getMessage() for r in caplog.records)


@pytest.mark.timeout(60)
def test_a_killed_worker_costs_one_error_reply_then_a_fresh_pool_serves():
    with sort_server_thread() as server, connect(server.port) as sock:
        assert ask(sock, b"[2, 1]") == [1, 2]  # the pool has started its workers
        old_pool = server.service.pool
        for worker in list(old_pool._processes.values()):  # private, but this is a test
            worker.kill()
            worker.join(10)
        assert ask(sock, b"[4, 3]") == {"error": "a worker process died; please retry"}
        assert ask(sock, b"[6, 5]") == [5, 6]
        assert server.service.pool is not old_pool


@pytest.mark.timeout(60)
def test_shutdown_cancels_requests_that_outlive_the_grace_period():
    with sort_server_thread(Limits(grace=0.2)) as server, connect(server.port) as sock:
        sock.sendall(PREFIX.pack(10) + b"[1, ")  # never finished
        time.sleep(0.1)
        start = time.monotonic()
        server.shut_down()
        assert time.monotonic() - start < 10
        assert closed_by_server(sock)


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGTERM")
@pytest.mark.timeout(60)
def test_sigterm_stops_accepting_finishes_in_flight_requests_and_exits_0():
    with sort_server_process() as server:
        with connect(server.port) as sock:
            assert ask(sock, b"[3, 1, 2]") == [1, 2, 3]
            sock.sendall(PREFIX.pack(6) + b"[2, ")  # a request in flight
            time.sleep(0.2)
            server.process.terminate()
            assert server.wait_for_line("shutting down: no new connections")
            with pytest.raises(ConnectionRefusedError):
                socket.create_connection(("127.0.0.1", server.port), timeout=5).close()
            sock.sendall(b"1]")
            assert read_reply(sock) == [1, 2]  # finished, not dropped
        assert server.process.wait(15) == 0
        assert server.wait_for_line("stopped; requests answered: 2")
        assert server.process.stderr.read() == ""


async def close_with_an_idle_client_connected() -> str:
    async def idle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.read()  # until the client leaves
        writer.close()

    server = await asyncio.start_server(idle, "127.0.0.1", 0)
    _, writer = await asyncio.open_connection(*server.sockets[0].getsockname()[:2])
    await asyncio.sleep(0.1)  # the connection is accepted
    server.close()
    try:
        async with asyncio.timeout(0.5):
            await server.wait_closed()
        outcome = "returned"
    except TimeoutError:
        outcome = "waited"
    writer.close()
    await writer.wait_closed()
    async with asyncio.timeout(5):
        await server.wait_closed()  # the client has gone: now it returns on every version
    return outcome


@pytest.mark.timeout(30)
def test_wait_closed_waits_for_open_connections_since_python_3_12():
    expected = "waited" if sys.version_info >= (3, 12) else "returned"
    assert asyncio.run(close_with_an_idle_client_connected()) == expected
