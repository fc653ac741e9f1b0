"""Hostile datagrams against the DNS server: names at the length limits, control
characters for the log, the most expensive datagram, out-of-zone questions."""

import logging
import random
import struct
import time

import dns.flags
import dns.message
import dns.name
import dns.rcode
import pytest

from examples.asyncio_networks.dns_server import MAX_NAME, answer
from tests.asyncio_networks.test_dns_server import ask, hostile_packets, with_server

HEADER = struct.Struct(">HHHHHH")
QUERY_TAIL = b"\x00\x01\x00\x01"  # type A, class IN


def query_for(wire_name: bytes, query_id: int = 0x1234) -> bytes:
    return HEADER.pack(query_id, 0x0100, 1, 0, 0, 0) + wire_name + QUERY_TAIL


def name_of_wire_length(total: int, filler: bytes = b"a") -> bytes:
    """A name under example.test. whose wire form is exactly total octets."""
    tail = b"\x07example\x04test\x00"
    labels, left = [], total - len(tail)
    while left > 0:
        size = min(63, left - 1)
        if size < 1:  # a single octet left cannot hold a label: lengthen one
            labels[-1] = labels[-1][:-1]
            size = 2
        labels.append(bytes([size]) + (filler * size)[:size])
        left -= size + 1
    wire = b"".join(labels) + tail
    assert len(wire) == total, len(wire)
    return wire


@pytest.mark.parametrize(("total", "filler", "rcode"), [
    (MAX_NAME, b"a", dns.rcode.NXDOMAIN),
    (MAX_NAME, b".", dns.rcode.NXDOMAIN),  # dots inside labels: escaped in text, not longer
    (MAX_NAME + 1, b"a", dns.rcode.FORMERR),
], ids=["255 octets", "255 octets of dots", "256 octets"])
def test_the_name_length_limit_is_counted_on_the_wire(total, filler, rcode):
    reply, _ = answer(query_for(name_of_wire_length(total, filler)))
    assert dns.message.from_wire(reply).rcode() == rcode


@pytest.mark.parametrize(("size", "rcode"), [(63, dns.rcode.NXDOMAIN),
                                             (64, dns.rcode.FORMERR)])
def test_the_label_length_limit(size, rcode):
    wire = bytes([size]) + b"x" * size + b"\x07example\x04test\x00"
    assert dns.message.from_wire(answer(query_for(wire))[0]).rcode() == rcode


def test_control_characters_never_reach_the_log():
    label = b"evil\nforged: line\x1b[2J"
    wire = bytes([len(label)]) + label + b"\x07example\x04test\x00"
    reply, description = answer(query_for(wire))
    assert dns.message.from_wire(reply).rcode() == dns.rcode.NXDOMAIN
    assert description.isprintable()  # before: the newline forged a second log line
    # As dig writes it: \DDD for space and control characters.
    assert description.startswith("evil\\010forged:\\032line\\027[2j.example.test. A")


def test_fuzzed_queries_give_printable_log_lines():
    for packet in hostile_packets(3000, seed=99):
        _, description = answer(packet)
        assert description.isprintable(), description


def worst_datagrams() -> dict[str, bytes]:
    valid = dns.message.make_query("example.test", "A", use_edns=0).to_wire()
    record = b"\x00" + struct.pack(">HHIH", 1, 1, 0, 0)  # 11 bytes: a root-name record
    many = (65_000 - 12 - 18) // len(record)
    return {
        "64 KB of answer records": valid[:6] + struct.pack(">HHH", many, 0, 0)
        + valid[12:valid.index(b"\x00\x00\x29")] + record * many,
        "64 KB of additional records": valid[:6] + struct.pack(">HHH", 0, 0, many)
        + valid[12:valid.index(b"\x00\x00\x29")] + record * many,
        "a 64 KB rdata": valid[:-2] + struct.pack(">H", 65_000) + b"\x00" * 65_000,
        "a longest name": query_for(name_of_wire_length(MAX_NAME)),
        "random 64 KB": valid[:12] + random.Random(1).randbytes(65_000),
    }


@pytest.mark.parametrize("kind", sorted(worst_datagrams()))
def test_no_datagram_costs_more_than_a_millisecond_of_cpu(kind):
    packet = worst_datagrams()[kind]
    start = time.process_time()
    for _ in range(20):
        answer(packet)
    per_datagram = (time.process_time() - start) / 20
    assert per_datagram < 0.001, f"{per_datagram * 1000:.2f} ms"  # before: 15 ms


@pytest.mark.timeout(30)
@pytest.mark.parametrize("name", ["example.com", "test", "xexample.test", "."])
@pytest.mark.parametrize("use_edns", [False, 0], ids=["plain", "edns0"])
def test_names_outside_the_zone_are_refused_without_authority(name, use_edns):
    # What NSD (answer_lookup_zone) and Knot (NS_NEED_ZONE) answer: REFUSED, no AA.
    query = dns.message.make_query(name, "A", use_edns=use_edns)
    reply = with_server(lambda port: ask(port, query))
    assert reply.rcode() == dns.rcode.REFUSED
    assert not reply.flags & dns.flags.AA
    assert reply.question == query.question
    assert reply.answer == []
    assert reply.edns == (0 if use_edns is not False else -1)


@pytest.mark.timeout(30)
def test_names_inside_the_zone_are_still_answered_with_authority(caplog):
    caplog.set_level(logging.INFO, logger="dns_server")
    query = dns.message.make_query("deep.sub.example.test", "A")
    reply = with_server(lambda port: ask(port, query))
    assert reply.rcode() == dns.rcode.NXDOMAIN
    assert reply.flags & dns.flags.AA


@pytest.mark.parametrize(("counts", "what"), [
    ((1, 1, 0, 0), "an answer record"), ((1, 0, 1, 0), "an authority record"),
    ((1, 0, 0, 3), "three additional records")])
def test_queries_carrying_records_they_should_not_get_formerr(counts, what):
    packet = HEADER.pack(7, 0x0100, *counts) + b"\x07example\x04test\x00" + QUERY_TAIL
    reply = dns.message.from_wire(answer(packet)[0])
    assert reply.rcode() == dns.rcode.FORMERR, what
    assert reply.id == 7


def test_mutated_valid_queries_get_replies_dnspython_accepts():
    rng = random.Random(2026)
    names = ["example.test", "www.example.test", "x.example.test", "example.com"]
    replies = 0
    for _ in range(3000):
        query = dns.message.make_query(rng.choice(names), rng.choice(["A", "MX", "ANY"]),
                                       use_edns=rng.choice([False, 0]))
        wire = bytearray(query.to_wire())
        for _ in range(rng.randrange(1, 3)):
            wire[rng.randrange(2, len(wire))] = rng.randrange(256)  # keep the ID
        reply, description = answer(bytes(wire))
        assert description.isprintable()
        if reply is None:
            continue
        replies += 1
        parsed = dns.message.from_wire(reply)
        assert parsed.id == query.id
        assert parsed.flags & dns.flags.QR
        if parsed.rcode() not in (dns.rcode.FORMERR, dns.rcode.NOTIMP):
            assert len(parsed.question) == 1  # the question is echoed
    assert replies > 2000
