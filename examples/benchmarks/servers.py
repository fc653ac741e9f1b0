"""The guide's two servers under load, on 127.0.0.1: the sort service's throughput
and p99 latency with 1,000 and 5,000 clients, a normal client's latency during a
slow-client attack, the event loop's longest stall (the old design, JSON on the
loop, against the new one, all CPU work in the pool), peak RSS; the DNS server's
queries per second and the CPU cost of its most expensive datagram.

    python -m examples.benchmarks.servers          # the full run (a few minutes)
    python -m examples.benchmarks.servers --quick  # a smoke run (seconds)
"""

import argparse
import asyncio
import contextlib
import importlib.util
import json
import multiprocessing
import os
import platform
import random
import socket
import struct
import subprocess
import sys
import sysconfig
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

HOST = "127.0.0.1"
EXAMPLES = Path(__file__).resolve().parents[1]
SORT_SERVER = EXAMPLES / "streams" / "sort_server.py"
DNS_SERVER = EXAMPLES / "asyncio_networks" / "dns_server.py"
PREFIX = struct.Struct(">Q")


def machine() -> dict:
    cores = getattr(os, "process_cpu_count", os.cpu_count)()
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    return {"platform": platform.platform(), "machine": platform.machine(),
            "processor": platform.processor() or cpu_model(), "cores": cores,
            "python": platform.python_version(),
            "implementation": platform.python_implementation(),
            "free_threaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED")),
            "gil_enabled": gil, "load_average": load_average()}


def cpu_model() -> str:
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return "unknown"


def load_average() -> list[float] | None:
    with contextlib.suppress(OSError, AttributeError):
        return [round(x, 2) for x in os.getloadavg()]
    return None


def raise_file_limit(wanted: int) -> int | None:
    try:
        import resource
    except ImportError:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    target = wanted if hard == resource.RLIM_INFINITY else min(wanted, hard)
    if soft != resource.RLIM_INFINITY and soft < target:
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def peak_rss_kib(pid: int) -> float | None:
    """VmHWM of a running process (Linux); None elsewhere."""
    with contextlib.suppress(OSError, KeyError, ValueError):
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
        lines = [line.split(":", 1) for line in status.splitlines() if ":" in line]
        return float(dict(lines)["VmHWM"].split()[0])
    return None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far (Linux); None elsewhere."""
    with contextlib.suppress(OSError, IndexError, ValueError):
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii")
        fields = text.rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return None


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


@contextlib.contextmanager
def server_process(script: Path, *args: str
                   ) -> Iterator[tuple[subprocess.Popen, int]]:
    """Start a server script on a free port; yield (process, port); stop it."""
    group = ({"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
             if sys.platform == "win32" else {"start_new_session": True})
    command = [sys.executable, str(script), "--port", "0", *args]
    process = subprocess.Popen(command, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, **group)
    banner = process.stdout.readline().decode()

    def drain_output() -> None:  # a pipe nobody reads would stall the server
        while process.stdout.read(65536):
            pass

    drain = threading.Thread(target=drain_output, daemon=True)
    drain.start()
    try:
        yield process, int(banner.split()[2].rsplit(":", 1)[1])
    finally:
        process.terminate()
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            if sys.platform != "win32":
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, 9)
            process.kill()
            process.wait()
        drain.join(5)
        process.stdout.close()


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


# ---------------------------------------------------------- the DNS server
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
                                  args=(port, seconds, 32, results))
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
        repeats = 200
        start = time.process_time()
        for _ in range(repeats):
            module.answer(packet)
        costs[name] = (time.process_time() - start) / repeats * 1e6
    worst = max(costs, key=costs.get)
    return {"worst": worst, "worst_us": round(costs[worst], 1),
            "per_kind_us": {k: round(v, 1) for k, v in costs.items()}}


# ---------------------------------------------------------- driver
def measure(quick: bool) -> dict:
    small, large = (100, 300) if quick else (1000, 5000)
    results = {
        "benchmark": "servers", "quick": quick, "machine": machine(),
        "sort_throughput": [sort_throughput(small), sort_throughput(large)],
        "slow_client_attack": slow_client_attack(30 if quick else 200,
                                                 2.0 if quick else 10.0),
        "loop_stall": loop_stall(2 if quick else 8),
        "dns_rate": dns_rate(1.0 if quick else 5.0),
        "dns_worst_datagram": dns_worst_datagram(),
    }
    results["machine"]["load_average_after"] = load_average()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="a smoke run")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    results = measure(args.quick)
    m = results["machine"]
    build = "free-threaded" if m["free_threaded"] else "GIL"
    print(f"{m['processor']}, {m['cores']} cores, {m['platform']}, "
          f"Python {m['python']} ({build}), load {m['load_average']}")
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
    rate = results["dns_rate"]
    print(f"DNS: {rate['in_zone_queries_per_s']:,} in-zone queries/s "
          f"({rate['queries_per_server_cpu_s'] or '-'} per server CPU-second), "
          f"{rate['lost']} lost")
    worst = results["dns_worst_datagram"]
    print(f"DNS: most expensive datagram: {worst['worst']}, "
          f"{worst['worst_us']} us CPU")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
