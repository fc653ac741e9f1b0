"""A small authoritative DNS server over UDP: a DatagramProtocol answering for one
zone from a table, as NSD or Knot would."""

import argparse
import asyncio
import contextlib
import logging
import logging.handlers
import queue
import signal
import struct
import sys

ZONE = "example.test."  # .test and 192.0.2.0/24 are reserved for tests and examples
RECORDS = {  # name (lower case, absolute) -> IPv4 address
    "example.test.": "192.0.2.1",
    "www.example.test.": "192.0.2.2",
    "mail.example.test.": "192.0.2.3",
}
TTL = 300
EDNS_PAYLOAD = 1232  # the UDP payload size in our OPT record (DNS Flag Day 2020)
MAX_NAME = 255  # octets of a name on the wire, length bytes too (RFC 1035 2.3.4)
MAX_ADDITIONAL = 2  # a query carries at most an OPT and a TSIG record

HEADER = struct.Struct(">HHHHHH")  # id, flags, qdcount, ancount, nscount, arcount
QUESTION_TAIL = struct.Struct(">HH")  # qtype, qclass
RR_TAIL = struct.Struct(">HHIH")  # type, class, ttl, rdlength
TYPE_A, TYPE_OPT, TYPE_ANY, CLASS_IN = 1, 41, 255, 1
QR, AA, RD = 0x8000, 0x0400, 0x0100
NOERROR, FORMERR, NXDOMAIN, NOTIMP, REFUSED, BADVERS = 0, 1, 3, 4, 5, 16
TYPE_NAMES = {1: "A", 2: "NS", 5: "CNAME", 6: "SOA", 15: "MX", 16: "TXT",
              28: "AAAA", 255: "ANY"}
RCODE_NAMES = {0: "NOERROR", 1: "FORMERR", 3: "NXDOMAIN", 4: "NOTIMP", 5: "REFUSED",
               16: "BADVERS"}

log = logging.getLogger("dns_server")


class FormatError(Exception):
    """The packet is not a well-formed DNS message."""


def escape(byte: int) -> str:
    if byte in b".\\":
        return "\\" + chr(byte)  # a dot inside a label is not a label boundary
    if 0x21 <= byte <= 0x7E:
        return chr(byte).lower()
    return f"\\{byte:03d}"  # space, control characters, bytes above 127


ESCAPED = [escape(byte) for byte in range(256)]


def presentation(label: bytes) -> str:
    """A label as dig prints it (RFC 1035 5.1), lower-cased: no control character
    or line break from a query can reach our log."""
    return "".join(map(ESCAPED.__getitem__, label))


def read_name(packet: bytes, offset: int, follow_pointers: bool) -> tuple[str, int]:
    """Read a name at offset; return it (lower case, ending in '.'), next offset."""
    labels: list[str] = []
    wire_length = 1  # the root label's zero byte
    while True:
        if offset >= len(packet):
            raise FormatError("name runs past the end of the packet")
        length = packet[offset]
        if length == 0:
            offset += 1
            break
        if length & 0xC0 == 0xC0:  # a compression pointer ends the name
            if not follow_pointers:
                raise FormatError("compressed name in the question")
            offset += 2  # the name it points to does not matter: we only skip it
            labels.append("*")
            break
        if length > 63:
            raise FormatError("label longer than 63 bytes")
        label = packet[offset + 1 : offset + 1 + length]
        if len(label) < length:
            raise FormatError("label runs past the end of the packet")
        wire_length += 1 + length
        if wire_length > MAX_NAME:
            raise FormatError(f"name longer than {MAX_NAME} bytes")
        labels.append(presentation(label))  # b"www.example" is not www.example
        offset += 1 + length
    return ".".join(labels) + ".", offset


def header_only(query_id: int, flags: int, rcode: int) -> bytes:
    """A reply with no sections: for messages we cannot or will not parse."""
    reply_flags = QR | (flags & 0x7800) | (flags & RD) | rcode  # opcode, RD copied
    return HEADER.pack(query_id, reply_flags, 0, 0, 0, 0)


def opt_record(rcode: int) -> bytes:
    """Our OPT record (RFC 6891): root name, payload size, the upper rcode bits."""
    return b"\x00" + RR_TAIL.pack(TYPE_OPT, EDNS_PAYLOAD, (rcode >> 4) << 24, 0)


def parse_query(packet: bytes) -> tuple[str, int, int, bytes, int | None]:
    """Check a whole query: return name, type, class, raw question, EDNS version."""
    _, _, qdcount, ancount, nscount, arcount = HEADER.unpack_from(packet)
    if qdcount != 1:
        raise FormatError(f"{qdcount} questions")
    # A query has no answers and no authority records: refusing them bounds the work
    # one datagram can cost, however many records its 64 KB could hold.
    if ancount or nscount or arcount > MAX_ADDITIONAL:
        raise FormatError(f"{ancount + nscount + arcount} records in a query")
    qname, offset = read_name(packet, HEADER.size, follow_pointers=False)
    if offset + QUESTION_TAIL.size > len(packet):
        raise FormatError("question runs past the end of the packet")
    qtype, qclass = QUESTION_TAIL.unpack_from(packet, offset)
    offset += QUESTION_TAIL.size
    question = packet[HEADER.size : offset]  # echoed byte for byte, case included
    edns_version = None
    for _ in range(arcount):  # skip the records, looking for OPT
        _, offset = read_name(packet, offset, follow_pointers=True)
        if offset + RR_TAIL.size > len(packet):
            raise FormatError("record runs past the end of the packet")
        rtype, _, ttl, rdlength = RR_TAIL.unpack_from(packet, offset)
        offset += RR_TAIL.size + rdlength
        if rtype == TYPE_OPT:
            if edns_version is not None:
                raise FormatError("repeated OPT record")
            edns_version = (ttl >> 16) & 0xFF
    if offset != len(packet):
        raise FormatError("packet length does not match its contents")
    return qname, qtype, qclass, question, edns_version


def in_zone(name: str) -> bool:
    return name == ZONE or name.endswith("." + ZONE)


def answer(packet: bytes) -> tuple[bytes | None, str]:
    """The reply to one datagram (None: send nothing) and a line for the log."""
    if len(packet) < HEADER.size:
        return None, f"dropped a {len(packet)}-byte packet: too short for a header"
    query_id, flags = struct.unpack_from(">HH", packet)
    if flags & QR:
        return None, "dropped a response: we only answer queries"
    opcode = (flags >> 11) & 0xF
    try:
        qname, qtype, qclass, question, edns_version = parse_query(packet)
    except FormatError as error:
        rcode = NOTIMP if opcode else FORMERR
        return header_only(query_id, flags, rcode), f"{RCODE_NAMES[rcode]}: {error}"

    records: list[bytes] = []
    if opcode != 0:
        rcode = NOTIMP
    elif edns_version is not None and edns_version > 0:
        rcode = BADVERS
    elif qclass != CLASS_IN or not in_zone(qname):
        rcode = REFUSED  # not our zone: NSD and Knot refuse, without the AA flag
    elif qname not in RECORDS:
        rcode = NXDOMAIN
    else:
        rcode = NOERROR  # an A record, or for other types an empty answer (NODATA)
        if qtype in (TYPE_A, TYPE_ANY):
            address = bytes(int(part) for part in RECORDS[qname].split("."))
            # 0xC00C points at the question's name, which starts at offset 12.
            rr_tail = RR_TAIL.pack(TYPE_A, CLASS_IN, TTL, 4)
            records.append(b"\xc0\x0c" + rr_tail + address)
    if rcode == NOTIMP:  # another opcode: its sections may mean other things
        question, reply_flags = b"", QR | (flags & 0x7800) | (flags & RD) | NOTIMP
    else:
        authoritative = AA if rcode != REFUSED else 0
        reply_flags = QR | authoritative | (flags & RD) | (rcode & 0xF)
    # RFC 6891: a query with an OPT record gets an OPT record in the reply.
    additional = [opt_record(rcode)] if edns_version is not None else []
    counts = (1 if question else 0, len(records), 0, len(additional))
    header = HEADER.pack(query_id, reply_flags, *counts)
    reply = header + question + b"".join(records + additional)
    type_name = TYPE_NAMES.get(qtype, f"TYPE{qtype}")
    outcome = f"{RCODE_NAMES[rcode]}, {len(records)} answer(s)"
    return reply, f"{qname} {type_name} -> {outcome}"


class DnsServer(asyncio.DatagramProtocol):
    """UDP has no connections: each datagram comes alone, to datagram_received."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport  # one for the socket, not one per client

    def datagram_received(self, data: bytes, addr: tuple[str, int]) -> None:
        try:
            reply, description = answer(data)
        except Exception:  # a bug must cost one packet, never the server
            log.exception("%s:%s: failed to answer", *addr[:2])
            return
        log.info("%s:%s %s", addr[0], addr[1], description)
        if reply is not None:
            self.transport.sendto(reply, addr)


async def serve(host: str, port: int) -> None:
    loop = asyncio.get_running_loop()
    transport, _ = await loop.create_datagram_endpoint(DnsServer,
                                                       local_addr=(host, port))
    stop = asyncio.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        # POSIX only; on Windows, Ctrl-C reaches main() as KeyboardInterrupt.
        with contextlib.suppress(NotImplementedError):
            loop.add_signal_handler(signum, stop.set)
    try:
        bound_host, bound_port = transport.get_extra_info("sockname")[:2]
        print(f"listening on {bound_host}:{bound_port} (UDP)", flush=True)
        await stop.wait()
    finally:
        transport.close()
    print("stopped", flush=True)


class DroppingQueueHandler(logging.handlers.QueueHandler):
    """Hands records to a thread; when that thread falls behind, drops them."""

    def enqueue(self, record: logging.LogRecord) -> None:
        with contextlib.suppress(queue.Full):
            self.queue.put_nowait(record)


def log_from_a_thread() -> logging.handlers.QueueListener:
    """datagram_received only queues a record; a thread writes it to stdout, so a
    slow or unread stdout cannot stall the loop (a full queue drops log lines)."""
    records: queue.Queue[logging.LogRecord] = queue.Queue(maxsize=10_000)
    handler = DroppingQueueHandler(records)
    logging.basicConfig(level=logging.INFO, handlers=[handler])
    writer = logging.StreamHandler(sys.stdout)
    writer.setFormatter(logging.Formatter("%(message)s"))
    listener = logging.handlers.QueueListener(records, writer)
    listener.start()
    return listener


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0: any free port")
    parser.add_argument("--log-queries", action="store_true",
                        help="a line per query (off by default, as in BIND)")
    args = parser.parse_args()
    listener = log_from_a_thread()
    if not args.log_queries:  # a log line costs more CPU than the answer
        log.setLevel(logging.WARNING)
    try:
        with contextlib.suppress(KeyboardInterrupt):
            asyncio.run(serve(args.host, args.port))
    finally:
        listener.stop()


if __name__ == "__main__":
    main()
