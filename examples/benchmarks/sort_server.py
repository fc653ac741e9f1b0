"""The sort service (examples/streams/sort_server.py) under load on 127.0.0.1: its throughput and
p99 latency with all clients at once, a normal client's latency during a slow-client attack, and
the event loop's longest stall (the old design, JSON on the loop, against the new one, all CPU
work in the pool); the server's peak RSS."""

import asyncio
import contextlib
import importlib.util
import json
import os
import random
import socket
import struct
import sys
import threading
import time
from pathlib import Path
from types import ModuleType

from examples.benchmarks.measure import (
    cli,
    peak_rss_kib,
    percentile,
    raise_file_limit,
    server_process,
)
from examples.benchmarks.schema import SortServer

HOST = "127.0.0.1"
EXAMPLES = Path(__file__).resolve().parents[1]
SORT_SERVER = EXAMPLES / "streams" / "sort_server.py"
PREFIX = struct.Struct(">Q")


# ---------------------------------------------------------- the sort service
async def sort_client(port: int, numbers: list[int]) -> tuple[float, str]:
    start = time.perf_counter()
    try:
        async with asyncio.timeout(120):
            reader, writer = await asyncio.open_connection(HOST, port)
            try:
                body = json.dumps(numbers).encode()
                writer.write(PREFIX.pack(len(body)) + body)
                await writer.drain()
                (size,) = PREFIX.unpack(await reader.readexactly(PREFIX.size))
                reply = json.loads(await reader.readexactly(size))
            finally:
                writer.close()
    except (OSError, asyncio.IncompleteReadError, TimeoutError) as error:
        return time.perf_counter() - start, type(error).__name__
    outcome = "correct" if reply == sorted(numbers) else (
        "busy" if isinstance(reply, dict) and "busy" in reply["error"] else "wrong")
    return time.perf_counter() - start, outcome


def sort_throughput(clients: int) -> dict:
    """All clients at once, one 100-number request each."""
    raise_file_limit(2 * clients + 200)
    rng = random.Random(clients)
    requests = [[rng.randrange(10**6) for _ in range(100)] for _ in range(clients)]
    cap = ("--max-connections", str(clients))
    with server_process(SORT_SERVER, *cap) as (proc, port):
        async def run() -> tuple[float, list[tuple[float, str]]]:
            start = time.perf_counter()
            clients_ = (sort_client(port, numbers) for numbers in requests)
            results = await asyncio.gather(*clients_)
            return time.perf_counter() - start, results

        wall, results = asyncio.run(run())
        rss = peak_rss_kib(proc.pid)
    outcomes: dict[str, int] = {}
    for _, outcome in results:
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    latencies = [latency for latency, _ in results]
    return {"clients": clients, "wall_s": round(wall, 3),
            "requests_per_s": round(clients / wall, 1),
            "p50_ms": round(percentile(latencies, 0.50) * 1000, 1),
            "p99_ms": round(percentile(latencies, 0.99) * 1000, 1),
            "outcomes": outcomes,
            "server_peak_rss_mib": rss and round(rss / 1024, 1)}


def slow_client_attack(slow_clients: int, seconds: float) -> dict:
    """slow_clients announce a 1,000-byte body and send one byte a second; a normal
    client meanwhile sends small requests one after another."""
    raise_file_limit(2 * slow_clients + 200)
    stop = threading.Event()

    def trickle(port: int) -> None:
        with contextlib.suppress(OSError), \
                socket.create_connection((HOST, port)) as sock:
            sock.sendall(PREFIX.pack(1000) + b"[")
            while not stop.wait(1.0):
                sock.sendall(b"1")

    with server_process(SORT_SERVER) as (_, port):
        threads = [threading.Thread(target=trickle, args=(port,), daemon=True)
                   for _ in range(slow_clients)]
        for thread in threads:
            thread.start()
        time.sleep(1.0)
        latencies, outcomes = [], {}
        deadline = time.perf_counter() + seconds

        async def normal() -> None:
            while time.perf_counter() < deadline:
                latency, outcome = await sort_client(port, [3, 1, 2])
                latencies.append(latency)
                outcomes[outcome] = outcomes.get(outcome, 0) + 1

        asyncio.run(normal())
        stop.set()
    return {"slow_clients": slow_clients, "seconds": seconds,
            "normal_requests": len(latencies), "outcomes": outcomes,
            "p50_ms": round(percentile(latencies, 0.5) * 1000, 2),
            "p99_ms": round(percentile(latencies, 0.99) * 1000, 2),
            "max_ms": round(max(latencies) * 1000, 2)}


def load_sort_server() -> ModuleType:
    """The example as a module named sort_server, importable by pool workers."""
    sys.path.insert(0, str(SORT_SERVER.parent))
    spec = importlib.util.spec_from_file_location("sort_server", SORT_SERVER)
    module = importlib.util.module_from_spec(spec)
    sys.modules["sort_server"] = module
    spec.loader.exec_module(module)
    return module


def loop_stall(requests: int) -> dict:
    """The longest gap of a 5 ms heartbeat on the server's loop while `requests`
    requests of about 1 MB arrive at once; before: the old design (parse and encode
    on the loop, only sorted() in the pool), after: the example as it is."""
    module = load_sort_server()

    class JsonOnTheLoop(module.SortService):  # the design before issue 14
        async def sort(self, body: bytes) -> tuple[bool, bytes]:
            try:
                numbers = module.parse_numbers(body)  # on the loop
            except module.BadRequest as error:
                return False, json.dumps({"error": str(error)}).encode()
            loop = asyncio.get_running_loop()
            result = await loop.run_in_executor(self.pool, sorted, numbers)
            return True, json.dumps(result).encode()  # on the loop

    rng = random.Random(14)
    numbers = [rng.random() * 1e6 for _ in range(52_000)]
    body = json.dumps(numbers).encode()
    expected = json.dumps(sorted(numbers)).encode()
    results = {}
    designs = {"before": JsonOnTheLoop, "after": module.SortService}
    for name, design in designs.items():
        async def run(design: type = design) -> float:
            service = design(module.Limits(), workers=2)
            stop = asyncio.Event()
            server = asyncio.create_task(module.serve(service, HOST, 0, stop))
            while service.address is None:
                await asyncio.sleep(0.01)
            gaps: list[float] = []
            done = asyncio.Event()

            async def heartbeat() -> None:
                loop = asyncio.get_running_loop()
                while not done.is_set():
                    before = loop.time()
                    await asyncio.sleep(0.005)
                    gaps.append(loop.time() - before - 0.005)

            beat = asyncio.create_task(heartbeat())
            correct = await asyncio.to_thread(
                blocking_clients, service.address[1], body, expected, requests)
            done.set()
            await beat
            stop.set()
            await server
            assert correct == requests, f"{correct} of {requests} replies correct"
            return max(gaps)

        with open(os.devnull, "w", encoding="utf-8") as quiet, \
                contextlib.redirect_stdout(quiet):  # serve() prints its progress
            results[f"{name}_ms"] = round(asyncio.run(run()) * 1000, 1)
    results.update(requests=requests, request_bytes=len(body))
    return results


def blocking_clients(port: int, body: bytes, expected: bytes, count: int) -> int:
    """Send body on `count` connections at once; return how many replies were the
    expected bytes. Replies are compared, not parsed: parsing 1 MB of JSON in this
    process would hold the GIL and stall the server's loop we are measuring."""
    correct = []

    def one() -> None:
        with socket.create_connection((HOST, port), timeout=120) as sock:
            sock.sendall(PREFIX.pack(len(body)) + body)
            chunks, size = [], PREFIX.size + len(expected)
            while size > 0 and (chunk := sock.recv(min(size, 1 << 20))):
                chunks.append(chunk)
                size -= len(chunk)
            reply = b"".join(chunks)
            correct.append(reply == PREFIX.pack(len(expected)) + expected)

    threads = [threading.Thread(target=one) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(correct)


# ---------------------------------------------------------- driver
def measure(quick: bool = True) -> SortServer:
    small, large = (100, 300) if quick else (1000, 5000)
    slow, seconds = (30, 2.0) if quick else (200, 10.0)
    stall_requests = 2 if quick else 8
    return {
        "benchmark": "sort_server", "quick": quick,
        "work": {"sort_clients": [small, large], "numbers_per_request": 100,
                 "slow_clients": slow, "attack_seconds": round(seconds),
                 "stall_requests": stall_requests},
        "sort_throughput": [sort_throughput(small), sort_throughput(large)],
        "slow_client_attack": slow_client_attack(slow, seconds),
        "loop_stall": loop_stall(stall_requests),
    }


def summarise(results: dict) -> None:
    print(f"{'sort service, all clients at once':<34}{'req/s':>9}{'p50 ms':>9}"
          f"{'p99 ms':>9}{'RSS MiB':>9}  outcomes")
    for row in results["sort_throughput"]:
        rss = row["server_peak_rss_mib"] or "-"
        print(f"{row['clients']:>8} clients{'':<19}{row['requests_per_s']:>9}"
              f"{row['p50_ms']:>9}{row['p99_ms']:>9}{rss:>9}  {row['outcomes']}")
    attack = results["slow_client_attack"]
    print(f"normal client during {attack['slow_clients']} slow clients: "
          f"p50 {attack['p50_ms']} ms, p99 {attack['p99_ms']} ms, "
          f"max {attack['max_ms']} ms, {attack['outcomes']}")
    stall = results["loop_stall"]
    print(f"loop's longest stall, {stall['requests']} x "
          f"{stall['request_bytes']:,} B at once: before {stall['before_ms']} ms, "
          f"after {stall['after_ms']} ms")


def main() -> None:
    cli(measure, summarise)


if __name__ == "__main__":
    main()
