"""Connections: an asyncio echo server against a thread-per-connection echo server, each holding
N concurrent clients on 127.0.0.1 (clients in this process, the server in another): wall time,
errors and the server's memory."""

import argparse
import asyncio
import contextlib
import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from examples.benchmarks.measure import cli, parse_arguments
from examples.benchmarks.schema import Connections

HOST = "127.0.0.1"
READ_LIMIT = 1024  # bytes per read: a client cannot make the server buffer more
BACKLOG = 4096
CONNECTS_IN_FLIGHT = 256  # clients connecting at once; all of them stay connected


def raise_file_limit() -> int | None:
    """Raise the soft limit on open files to the hard limit; one socket is one open file."""
    try:
        import resource
    except ImportError:
        return None
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else 65536
    for target in (wanted, 10240):  # macOS refuses more than 10240 when hard is unlimited
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_NOFILE, (max(soft, target), hard))
            break
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def memory_kib() -> dict[str, float | None]:
    """This process's resident memory now and at its peak, in KiB (None where unknown)."""
    try:  # Linux: per-process figures that, unlike ru_maxrss, do not survive exec()
        status = Path("/proc/self/status").read_text(encoding="ascii")
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        return {"now": float(fields["VmRSS"].split()[0]), "peak": float(fields["VmHWM"].split()[0])}
    except (OSError, KeyError):
        pass
    try:
        import resource
    except ImportError:
        return {"now": None, "peak": None}
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"now": None, "peak": peak / 1024 if sys.platform == "darwin" else float(peak)}


def when_stdin_closes(callback: Callable[[], object]) -> None:
    """The driver stops a server by closing its standard input: this works on every OS."""
    def wait() -> None:
        sys.stdin.buffer.read()
        callback()

    threading.Thread(target=wait, daemon=True).start()


class Counter:
    """Connections open now and at most, updated from many threads."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.now = self.peak = 0

    def add(self, change: int) -> None:
        with self.lock:
            self.now += change
            self.peak = max(self.peak, self.now)


def echo_connection(connection: socket.socket, counter: Counter) -> None:
    try:
        with connection, contextlib.suppress(OSError):
            while data := connection.recv(READ_LIMIT):
                connection.sendall(data)
    finally:
        counter.add(-1)


def thread_server() -> dict:
    """One thread per connection, each blocking in recv()."""
    stop = threading.Event()
    when_stdin_closes(stop.set)
    counter, accept_errors = Counter(), 0
    start_rss = memory_kib()["now"]
    with socket.create_server((HOST, 0), backlog=BACKLOG) as listener:
        listener.settimeout(0.1)  # wake up now and then to see whether to stop
        print(f"listening on {HOST}:{listener.getsockname()[1]}", flush=True)
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:  # out of file descriptors, for instance: count it, keep serving
                accept_errors += 1
                time.sleep(0.01)
                continue
            connection.settimeout(60)
            counter.add(1)
            threading.Thread(target=echo_connection, args=(connection, counter),
                             daemon=True).start()
    return {"start_rss_kib": start_rss, "peak_rss_kib": memory_kib()["peak"],
            "peak_connections": counter.peak, "accept_errors": accept_errors}


async def asyncio_server() -> dict:
    """One task per connection, all in one thread."""
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    when_stdin_closes(lambda: loop.call_soon_threadsafe(stop.set))
    writers: set[asyncio.StreamWriter] = set()
    peak = 0
    start_rss = memory_kib()["now"]

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        nonlocal peak
        writers.add(writer)
        peak = max(peak, len(writers))
        try:
            while data := await reader.read(READ_LIMIT):
                writer.write(data)
                await writer.drain()
        except OSError:
            pass
        finally:
            writers.discard(writer)
            writer.close()

    server = await asyncio.start_server(handle, HOST, 0, backlog=BACKLOG, limit=READ_LIMIT)
    print(f"listening on {HOST}:{server.sockets[0].getsockname()[1]}", flush=True)
    await stop.wait()
    stats = {"start_rss_kib": start_rss, "peak_rss_kib": memory_kib()["peak"],
             "peak_connections": peak, "accept_errors": 0}
    server.close()
    for writer in list(writers):  # each handler then reads end-of-file and returns
        writer.transport.abort()
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(server.wait_closed(), 5)
    for _ in range(500):  # at most 5 s
        if not writers:
            break
        await asyncio.sleep(0.01)
    return stats


def serve(kind: str) -> None:
    """The server process: serve until standard input closes, then print its statistics."""
    raise_file_limit()
    if kind == "asyncio":
        print(json.dumps(asyncio.run(asyncio_server())), flush=True)
        return
    print(json.dumps(thread_server()), flush=True)
    # Thousands of daemon threads are still blocked in recv(): exit at once and let the kernel
    # close their sockets, rather than wake every thread to see its connection end.
    os._exit(0)


async def run_clients(port: int, clients: int, deadline: float,
                      stop_server: Callable[[], dict]) -> dict:
    """Open `clients` connections and echo one line on each; once every client has its answer
    (the server holds them all at once), stop the server and only then close the clients."""
    done = errors = 0
    all_done, release = asyncio.Event(), asyncio.Event()
    gate = asyncio.Semaphore(CONNECTS_IN_FLIGHT)

    async def client(index: int) -> None:
        nonlocal done, errors
        writer = None
        try:
            async with gate:
                reader, writer = await asyncio.open_connection(HOST, port)
            message = f"client {index}\n".encode()
            writer.write(message)
            await writer.drain()
            if await reader.readexactly(len(message)) != message:
                raise ValueError("wrong echo")
        except (OSError, ValueError, asyncio.IncompleteReadError):
            errors += 1
        finally:
            done += 1
            if done == clients:
                all_done.set()
        try:
            await release.wait()  # hold the connection until the server has reported
        finally:
            if writer is not None:
                writer.close()

    start = time.perf_counter()
    wall, stats = None, None
    try:
        async with asyncio.timeout(deadline), asyncio.TaskGroup() as group:
            for index in range(clients):
                group.create_task(client(index))
            await all_done.wait()
            wall = time.perf_counter() - start
            stats = await asyncio.to_thread(stop_server)  # while every client is connected
            release.set()
    except TimeoutError:
        pass
    if stats is None:
        stats = stop_server()
    return {"wall_seconds": wall, "timed_out": wall is None,
            "errors": errors + (clients - done), **stats}


def one_round(kind: str, clients: int, deadline: float) -> dict:
    command = [sys.executable, os.path.abspath(__file__), "--serve", kind]
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                          text=True, encoding="utf-8") as server:

        def stop_server() -> dict:
            output, _ = server.communicate(timeout=30)  # closes stdin: the server reports
            return json.loads(output.strip().splitlines()[-1])

        try:
            banner: list[str] = []
            reader = threading.Thread(target=lambda: banner.append(server.stdout.readline()))
            reader.start()
            reader.join(20)
            if not banner or ":" not in banner[0]:
                raise RuntimeError(f"the {kind} server did not start: {banner}")
            port = int(banner[0].rsplit(":", 1)[1])
            result = asyncio.run(run_clients(port, clients, deadline, stop_server))
        finally:
            if server.poll() is None:
                server.kill()
    start, peak = result.pop("start_rss_kib"), result.pop("peak_rss_kib")
    return {"server": kind, "clients": clients, **result,
            "server_peak_rss_mib": None if peak is None else peak / 1024,
            "server_rss_growth_mib": None if None in (start, peak) else (peak - start) / 1024}


def measure(quick: bool = True) -> Connections:
    file_limit = raise_file_limit()
    counts = [100] if quick else [1_000, 5_000, 10_000]
    deadline = 30 if quick else 120
    rounds = [one_round(kind, clients, deadline)
              for clients in counts for kind in ("asyncio", "threads")]
    ratios = {}
    for clients in counts:
        memory = {r["server"]: r["server_rss_growth_mib"]
                  for r in rounds if r["clients"] == clients}
        if memory["asyncio"] is not None and memory["threads"]:
            ratios[str(clients)] = memory["asyncio"] / memory["threads"]
    return {
        "benchmark": "connections",
        "quick": quick,
        "work": {"clients": counts},
        "file_limit": file_limit,
        "rounds": rounds,
        "memory_ratio_asyncio_to_threads": ratios,
    }


def summarise(results: dict) -> None:
    for item in results["rounds"]:
        memory = item["server_rss_growth_mib"]
        print(f"{item['server']:>7} server, {item['clients']} clients: "
              f"{item['errors']} errors, {item['peak_connections']} held at once, "
              f"memory +{memory:.1f} MiB" if memory is not None else "memory not measured")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--serve", choices=["asyncio", "threads"], help=argparse.SUPPRESS)
    arguments = parse_arguments(parser)
    if arguments.serve:  # the server process that one_round() starts
        serve(arguments.serve)
        return
    cli(measure, summarise, arguments)


if __name__ == "__main__":
    main()
