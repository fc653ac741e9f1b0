"""The DNS server (examples/asyncio_networks/dns_server.py) under load on 127.0.0.1: the in-zone
queries it answers per second with 32 in flight from a client process, the CPU time that costs
it, and the CPU cost of the most expensive of five crafted datagrams."""

import importlib.util
import multiprocessing
import random
import socket
import struct
import time
from pathlib import Path

from examples.benchmarks.measure import cli, cpu_seconds, server_process
from examples.benchmarks.schema import DnsServer

HOST = "127.0.0.1"
DNS_SERVER = Path(__file__).resolve().parents[1] / "asyncio_networks" / "dns_server.py"
WINDOW = 32  # queries in flight
DATAGRAM_REPEATS = 200  # answer() calls per crafted datagram


def dns_query(name: str, query_id: int) -> bytes:
    labels = [part.encode() for part in name.split(".") if part]
    wire = b"".join(bytes([len(label)]) + label for label in labels) + b"\0"
    header = struct.pack(">HHHHHH", query_id, 0x0100, 1, 0, 0, 0)
    return header + wire + b"\0\1\0\1"  # type A, class IN


def dns_blaster(port: int, seconds: float, window: int,
                results: "multiprocessing.Queue[dict]") -> None:
    """Keep `window` queries in flight for `seconds`; count the replies."""
    names = ["example.test", "www.example.test", "mail.example.test"]
    packets = [dns_query(names[i % 3], i) for i in range(65536)]
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
        sock.connect((HOST, port))
        sock.settimeout(0.2)
        sent = received = 0
        for _ in range(window):
            sock.send(packets[sent % 65536])
            sent += 1
        start = time.perf_counter()
        end = start + seconds
        while time.perf_counter() < end:
            try:
                sock.recv(512)
                received += 1
            except TimeoutError:  # datagrams lost: refill the window
                for _ in range(window):
                    sock.send(packets[sent % 65536])
                    sent += 1
                continue
            sock.send(packets[sent % 65536])
            sent += 1
        results.put({"sent": sent, "received": received,
                     "seconds": time.perf_counter() - start})


def dns_rate(seconds: float) -> dict:
    context = multiprocessing.get_context("spawn")
    with server_process(DNS_SERVER) as (process, port):
        results = context.Queue()
        cpu_before = cpu_seconds(process.pid)
        blaster = context.Process(target=dns_blaster,
                                  args=(port, seconds, WINDOW, results))
        blaster.start()
        counts = results.get(timeout=seconds + 60)
        blaster.join(30)
        cpu = cpu_seconds(process.pid)
        cpu_used = None if cpu is None or cpu_before is None else cpu - cpu_before
    rate = counts["received"] / counts["seconds"]
    per_cpu_second = cpu_used and round(counts["received"] / cpu_used)
    return {"in_zone_queries_per_s": round(rate),
            "seconds": round(counts["seconds"], 2),
            "server_cpu_s": cpu_used and round(cpu_used, 2),
            "queries_per_server_cpu_s": per_cpu_second,
            "lost": counts["sent"] - counts["received"]}


def dns_worst_datagram() -> dict:
    """CPU time of answer() for crafted worst cases; the most expensive one wins."""
    spec = importlib.util.spec_from_file_location("dns_server", DNS_SERVER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    valid = dns_query("example.test", 1)
    record = b"\x00" + struct.pack(">HHIH", 1, 1, 0, 0)
    many = (65_000 - len(valid)) // len(record)
    long_name = b"\x3f" + b"a" * 63
    candidates = {
        "64 KB of answer records": valid[:6] + struct.pack(">HHH", many, 0, 0)
        + valid[12:] + record * many,
        "64 KB of additional records": valid[:6] + struct.pack(">HHH", 0, 0, many)
        + valid[12:] + record * many,
        "a 255-octet name": valid[:12] + long_name * 3 + b"\x3e" + b"a" * 62
        + b"\x00\x00\x01\x00\x01",
        "random 64 KB": valid[:12] + random.Random(1).randbytes(65_000),
        "an ordinary query": valid,
    }
    costs = {}
    for name, packet in candidates.items():
        start = time.process_time()
        for _ in range(DATAGRAM_REPEATS):
            module.answer(packet)
        costs[name] = (time.process_time() - start) / DATAGRAM_REPEATS * 1e6
    worst = max(costs, key=costs.get)
    return {"worst": worst, "worst_us": round(costs[worst], 1),
            "per_kind_us": {k: round(v, 1) for k, v in costs.items()}}


def measure(quick: bool = True) -> DnsServer:
    seconds = 1 if quick else 5
    return {
        "benchmark": "dns_server", "quick": quick,
        "work": {"seconds": seconds, "queries_in_flight": WINDOW,
                 "datagram_repeats": DATAGRAM_REPEATS},
        "dns_rate": dns_rate(seconds),
        "dns_worst_datagram": dns_worst_datagram(),
    }


def summarise(results: dict) -> None:
    rate = results["dns_rate"]
    print(f"DNS: {rate['in_zone_queries_per_s']:,} in-zone queries/s "
          f"({rate['queries_per_server_cpu_s'] or '-'} per server CPU-second), "
          f"{rate['lost']} lost")
    worst = results["dns_worst_datagram"]
    print(f"DNS: most expensive datagram: {worst['worst']}, {worst['worst_us']} us CPU")


def main() -> None:
    cli(measure, summarise)


if __name__ == "__main__":
    main()
