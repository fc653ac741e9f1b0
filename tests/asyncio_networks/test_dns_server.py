"""dnspython, a real DNS client, against the server: answers, error codes, EDNS, load and fuzz."""

import asyncio
import logging
import random
import signal
import socket
import struct
import subprocess
import sys

import dns.asyncquery
import dns.exception
import dns.flags
import dns.message
import dns.opcode
import dns.query
import dns.rcode
import dns.rdatatype
import pytest

from examples.asyncio_networks.dns_server import RECORDS, DnsServer, answer
from tests.harness import ROOT, script_env

HOST = "127.0.0.1"


async def start_server() -> tuple[asyncio.DatagramTransport, int]:
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(DnsServer, local_addr=(HOST, 0))
    return transport, transport.get_extra_info("sockname")[1]


def with_server(scenario) -> object:
    """Run scenario(port) in a fresh event loop next to an in-process server on a free port."""
    async def run() -> object:
        transport, port = await start_server()
        try:
            async with asyncio.timeout(30):
                return await scenario(port)
        finally:
            transport.close()
    return asyncio.run(run())


async def ask(port: int, query: dns.message.Message) -> dns.message.Message:
    # dnspython checks the ID, the QR flag, the opcode and the question of the reply.
    return await dns.asyncquery.udp(query, HOST, port=port, timeout=2)


async def send_raw(port: int, packet: bytes, expect_reply: bool = True) -> bytes | None:
    loop = asyncio.get_running_loop()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.setblocking(False)
        await loop.sock_sendto(sock, packet, (HOST, port))
        try:
            async with asyncio.timeout(2 if expect_reply else 0.2):
                data, _ = await loop.sock_recvfrom(sock, 65535)
                return data
        except TimeoutError:
            return None


@pytest.mark.timeout(30)
@pytest.mark.parametrize("use_edns", [False, 0], ids=["plain", "edns0"])
def test_a_query_gets_an_authoritative_answer(use_edns):
    query = dns.message.make_query("www.example.test", "A", use_edns=use_edns)
    reply = with_server(lambda port: ask(port, query))
    assert reply.rcode() == dns.rcode.NOERROR
    assert reply.flags & dns.flags.QR
    assert reply.flags & dns.flags.AA
    assert reply.flags & dns.flags.RD  # copied from the query, which asked for recursion
    assert reply.question == query.question
    [rrset] = reply.answer
    assert [rdata.address for rdata in rrset] == ["192.0.2.2"]
    # RFC 6891: an EDNS query gets an OPT record back, a plain one does not.
    assert reply.edns == (0 if use_edns is not False else -1)


@pytest.mark.timeout(30)
def test_question_case_is_echoed_and_rd_clear_is_copied():
    query = dns.message.make_query("ExAmPlE.TeSt", "A")
    query.flags &= ~dns.flags.RD
    reply = with_server(lambda port: ask(port, query))
    assert reply.to_wire()[12:26] == query.to_wire()[12:26]  # the question, byte for byte
    assert not reply.flags & dns.flags.RD
    assert [rdata.address for rdata in reply.answer[0]] == ["192.0.2.1"]


@pytest.mark.timeout(30)
@pytest.mark.parametrize(("name", "rdtype", "rcode"), [
    ("nowhere.example.test", "A", dns.rcode.NXDOMAIN),
    ("example.test", "MX", dns.rcode.NOERROR),  # NODATA: the name exists, the type does not
    ("example.test", "AAAA", dns.rcode.NOERROR),
])
def test_unknown_names_and_types(name, rdtype, rcode):
    query = dns.message.make_query(name, rdtype, use_edns=0)
    reply = with_server(lambda port: ask(port, query))
    assert reply.rcode() == rcode
    assert reply.answer == []
    assert reply.flags & dns.flags.AA
    assert reply.edns == 0


@pytest.mark.timeout(30)
def test_other_class_is_refused():
    query = dns.message.make_query("example.test", "A", rdclass="CH")
    assert with_server(lambda port: ask(port, query)).rcode() == dns.rcode.REFUSED


@pytest.mark.timeout(30)
@pytest.mark.parametrize("use_edns", [False, 0], ids=["plain", "edns0"])
def test_other_opcodes_get_notimp(use_edns):
    query = dns.message.make_query("example.test", "SOA", use_edns=use_edns)
    query.set_opcode(dns.opcode.NOTIFY)
    reply = with_server(lambda port: ask(port, query))
    assert reply.rcode() == dns.rcode.NOTIMP
    assert reply.opcode() == dns.opcode.NOTIFY
    assert reply.edns == (0 if use_edns is not False else -1)


@pytest.mark.timeout(30)
def test_unknown_edns_version_gets_badvers():
    query = dns.message.make_query("example.test", "A", use_edns=1)
    reply = with_server(lambda port: ask(port, query))
    assert reply.rcode() == dns.rcode.BADVERS  # 16: the upper bits travel in the OPT record
    assert reply.edns == 0


def malformed_queries() -> dict[str, bytes]:
    good = dns.message.make_query("example.test", "A").to_wire()
    two_questions = good[:4] + struct.pack(">H", 2) + good[6:]
    return {
        "two questions": two_questions,
        "no question": good[:4] + struct.pack(">H", 0) + good[6:12],
        "truncated question": good[:-3],
        "trailing garbage": good + b"\x00\x00",
        "label past the end": good[:12] + b"\x3f" + b"a" * 10,
        "pointer in question": good[:12] + b"\xc0\x0c" + good[-4:],
        "claims an additional record": good[:10] + struct.pack(">H", 1) + good[12:],
    }


@pytest.mark.timeout(30)
@pytest.mark.parametrize("kind", sorted(malformed_queries()))
def test_malformed_queries_get_formerr_with_the_same_id(kind):
    packet = malformed_queries()[kind]

    async def scenario(port: int) -> tuple[bytes | None, dns.message.Message]:
        raw = await send_raw(port, packet)
        return raw, await ask(port, dns.message.make_query("example.test", "A"))

    raw, still_serving = with_server(scenario)
    reply = dns.message.from_wire(raw)
    assert reply.id == struct.unpack(">H", packet[:2])[0]
    assert reply.rcode() == dns.rcode.FORMERR
    assert reply.flags & dns.flags.QR
    assert still_serving.answer[0][0].address == "192.0.2.1"


@pytest.mark.timeout(30)
def test_short_packets_and_responses_are_dropped():
    response = dns.message.make_response(dns.message.make_query("example.test", "A")).to_wire()
    assert answer(b"\x12\x34\x01") == (None, "dropped a 3-byte packet: too short for a header")
    assert answer(response)[0] is None  # answering answers would let two servers ping-pong

    async def scenario(port: int) -> list[bytes | None]:
        return [await send_raw(port, packet, expect_reply=False) for packet in (b"xy", response)]

    assert with_server(scenario) == [None, None]


@pytest.mark.timeout(30)
def test_each_request_is_logged(caplog):
    caplog.set_level(logging.INFO, logger="dns_server")

    async def scenario(port: int) -> None:
        await ask(port, dns.message.make_query("mail.example.test", "A"))
        await ask(port, dns.message.make_query("nowhere.example.test", "TXT"))

    with_server(scenario)
    messages = [record.getMessage() for record in caplog.records]
    assert len(messages) == 2
    assert messages[0].endswith("mail.example.test. A -> NOERROR, 1 answer(s)")
    assert messages[1].endswith("nowhere.example.test. TXT -> NXDOMAIN, 0 answer(s)")


@pytest.mark.timeout(60)
def test_many_concurrent_clients_all_get_correct_answers():
    names = [*RECORDS, "nowhere.example.test.", "other.example.test."] * 60  # 300
    in_flight = 100  # UDP may drop datagrams when the socket buffer fills; clients retry

    async def one_client(port: int, name: str, slots: asyncio.Semaphore) -> tuple[str, object]:
        query = dns.message.make_query(name, "A", use_edns=0)
        async with slots:
            for _ in range(3):  # as stub resolvers do: retry a lost datagram
                try:
                    reply = await dns.asyncquery.udp(query, HOST, port=port, timeout=1)
                    break
                except dns.exception.Timeout:
                    continue
            else:
                return name, "lost"
        if reply.rcode() == dns.rcode.NXDOMAIN:
            return name, None
        return name, reply.answer[0][0].address

    async def scenario(port: int) -> list[tuple[str, object]]:
        slots = asyncio.Semaphore(in_flight)
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(one_client(port, name, slots)) for name in names]
        return [task.result() for task in tasks]

    results = with_server(scenario)
    assert len(results) == len(names)
    assert all(address == RECORDS.get(name) for name, address in results), results


def hostile_packets(count: int, seed: int = 2026) -> list[bytes]:
    rng = random.Random(seed)
    valid = [dns.message.make_query(name, rdtype, use_edns=edns).to_wire()
             for name in ["example.test", "nowhere.example.test", "a" * 63 + ".test"]
             for rdtype in ["A", "MX"] for edns in [False, 0]]
    packets = [
        b"\x00" * 12 + b"\xc0\x0c" * 100,  # a pointer pointing at itself
        valid[0][:4] + b"\xff\xff" * 4 + valid[0][12:],  # 65535 of every section
        valid[0][:12] + b"\x01a" * 130 + b"\x00\x00\x01\x00\x01",  # a 261-byte name
        valid[1][:-11] + b"\x00" * 11 + b"\x00\x29" * 2,  # broken OPT
        valid[1] + valid[1][-11:],  # two OPT records
    ]
    while len(packets) < count:
        base = bytearray(rng.choice(valid))
        kind = rng.randrange(4)
        if kind == 0:  # random bytes
            packets.append(rng.randbytes(rng.randrange(0, 80)))
        elif kind == 1:  # truncated
            packets.append(bytes(base[: rng.randrange(len(base))]))
        elif kind == 2:  # flipped bytes, counts and lengths included
            for _ in range(rng.randrange(1, 4)):
                base[rng.randrange(len(base))] = rng.randrange(256)
            packets.append(bytes(base))
        else:  # extended with random bytes
            packets.append(bytes(base) + rng.randbytes(rng.randrange(1, 40)))
    return packets


@pytest.mark.timeout(60)
def test_fuzzed_packets_get_well_formed_replies_or_none():
    replies = 0
    for packet in hostile_packets(5000):
        reply, description = answer(packet)
        assert isinstance(description, str)
        if reply is None:
            continue
        replies += 1
        parsed = dns.message.from_wire(reply)  # dnspython must accept every reply we build
        assert parsed.id == struct.unpack(">H", packet[:2])[0]
        assert parsed.flags & dns.flags.QR
        assert len(reply) <= 512
    assert replies > 1000  # most packets had a header, so most got an answer


@pytest.mark.timeout(60)
def test_server_still_answers_after_thousands_of_hostile_packets(caplog):
    caplog.set_level(logging.INFO, logger="dns_server")
    packets = hostile_packets(3000, seed=15)

    async def scenario(port: int) -> dns.message.Message:
        loop = asyncio.get_running_loop()
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.setblocking(False)
            for packet in packets:
                await loop.sock_sendto(sock, packet, (HOST, port))
                await asyncio.sleep(0)  # let the server read one, as a slower network would
        query = dns.message.make_query("example.test", "A", use_edns=0)
        for _ in range(3):  # a datagram lost to a full socket buffer is retried, as clients do
            try:
                return await dns.asyncquery.udp(query, HOST, port=port, timeout=1)
            except dns.exception.Timeout:
                continue
        raise AssertionError("the server stopped answering")

    reply = with_server(scenario)
    assert reply.rcode() == dns.rcode.NOERROR
    assert reply.answer[0][0].address == "192.0.2.1"
    assert reply.edns == 0
    handled = [record for record in caplog.records if record.name == "dns_server"]
    assert len(handled) > len(packets) // 2  # the flood did reach the server
    assert all(record.levelno == logging.INFO for record in handled)  # no answer() crashed


@pytest.mark.skipif(sys.platform == "win32", reason="sends SIGINT to the server")
@pytest.mark.timeout(30)
def test_script_answers_sync_queries_logs_them_and_exits_0_on_ctrl_c():
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "examples/asyncio_networks/dns_server.py"), "--port", "0",
         "--log-queries"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        env=script_env())
    try:
        banner = server.stdout.readline()
        assert banner.startswith(f"listening on {HOST}:")
        port = int(banner.split(":")[1].split()[0])
        reply = dns.query.udp(dns.message.make_query("example.test", "A"), HOST, port=port,
                              timeout=5)
        assert reply.answer[0][0].address == "192.0.2.1"
        reply = dns.query.udp(dns.message.make_query("nowhere.example.test", "A", use_edns=0), HOST,
                              port=port, timeout=5)
        assert reply.rcode() == dns.rcode.NXDOMAIN
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=10)
    finally:
        if server.poll() is None:
            server.kill()
            server.communicate()
    assert server.returncode == 0, err
    assert err == ""
    lines = out.splitlines()
    assert lines[0].endswith("example.test. A -> NOERROR, 1 answer(s)")
    assert lines[1].endswith("nowhere.example.test. A -> NXDOMAIN, 0 answer(s)")
    assert lines[-1] == "stopped"
