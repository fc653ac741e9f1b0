"""Sort servers for tests: the script as a child process, or the service in a thread of ours."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from examples.streams.sort_server import PREFIX, Limits, SortService, serve
from tests.harness import ROOT, script_env

HOST = "127.0.0.1"
SCRIPT = ROOT / "examples" / "streams" / "sort_server.py"


@dataclass
class ServerProcess:
    process: subprocess.Popen
    port: int = 0
    lines: list[str] = field(default_factory=list)

    def wait_for_line(self, text: str, timeout: float = 10) -> bool:
        """Wait until a line containing text has been printed."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(text in line for line in self.lines):
                return True
            time.sleep(0.02)
        return False


def kill_group(process: subprocess.Popen) -> None:
    """Kill the server and every process it started (its pool, the forkserver), then
    reap it: killing only the server's pid would orphan its pool workers."""
    if sys.platform == "win32":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)],
                       capture_output=True, check=False)
    else:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    process.kill()
    process.wait()


def group_alive(pgid: int) -> bool:
    """True while any process of the group exists (POSIX)."""
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


@contextlib.contextmanager
def sort_server_process(*args: str, keep_reading: bool = True) -> Iterator[ServerProcess]:
    """Run examples/streams/sort_server.py --port 0 in a process group of its own; stop
    it with SIGTERM (Windows: kill). keep_reading=False reads only the first line."""
    group = ({"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}
             if sys.platform == "win32" else {"start_new_session": True})
    process = subprocess.Popen([sys.executable, str(SCRIPT), "--port", "0", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               encoding="utf-8", env=script_env(), **group)
    server = ServerProcess(process)
    listening = threading.Event()

    def read() -> None:  # keep reading, so that a chatty server never blocks on a full pipe
        for line in process.stdout:
            server.lines.append(line.rstrip("\n"))
            if line.startswith("listening on"):
                server.port = int(line.rsplit(":", 1)[1])
                listening.set()
                if not keep_reading:
                    return
        listening.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    try:
        assert listening.wait(30), "the server did not start"
        assert server.port, f"the server died: {process.stderr.read()}"
        yield server
    finally:
        if process.poll() is None:
            process.terminate()  # SIGTERM on POSIX: a graceful shutdown
            try:
                if not keep_reading:
                    process.communicate(timeout=15)  # it may be blocked on its stdout
                process.wait(15)
            except subprocess.TimeoutExpired:
                kill_group(process)
        if sys.platform != "win32" and group_alive(process.pid):
            kill_group(process)  # the server is gone; its pool must not outlive it
        reader.join(5)
        process.stdout.close()
        process.stderr.close()


@dataclass
class ServerThread:
    service: SortService
    port: int
    loop: asyncio.AbstractEventLoop
    stop: asyncio.Event
    thread: threading.Thread

    def shut_down(self, timeout: float = 15) -> None:
        self.loop.call_soon_threadsafe(self.stop.set)
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the server did not shut down"


@contextlib.contextmanager
def sort_server_thread(limits: Limits | None = None, workers: int | None = 2
                       ) -> Iterator[ServerThread]:
    """Run serve() in a thread with its own event loop, on a free port."""
    started: dict[str, object] = {}
    ready = threading.Event()

    async def run() -> None:
        started["loop"], started["stop"] = asyncio.get_running_loop(), asyncio.Event()
        started["service"] = SortService(limits or Limits(), workers)
        task = asyncio.create_task(serve(started["service"], HOST, 0, started["stop"]))
        while started["service"].address is None and not task.done():
            await asyncio.sleep(0.01)
        ready.set()
        await task

    thread = threading.Thread(target=asyncio.run, args=(run(),), daemon=True)
    thread.start()
    assert ready.wait(30), "the server did not start"
    server = ServerThread(started["service"], started["service"].address[1], started["loop"],
                          started["stop"], thread)
    try:
        yield server
    finally:
        if thread.is_alive():
            server.shut_down()


# ------------------------------------------------------------------ a blocking test client
def recv_exactly(sock: socket.socket, size: int) -> bytes:
    data = b""
    while len(data) < size:
        chunk = sock.recv(size - len(data))
        if not chunk:
            raise EOFError(f"EOF after {len(data)} of {size} bytes")
        data += chunk
    return data


def read_reply(sock: socket.socket) -> object:
    (size,) = PREFIX.unpack(recv_exactly(sock, PREFIX.size))
    return json.loads(recv_exactly(sock, size))


def ask(sock: socket.socket, body: bytes) -> object:
    sock.sendall(PREFIX.pack(len(body)) + body)
    return read_reply(sock)


def connect(port: int, timeout: float = 10) -> socket.socket:
    return socket.create_connection((HOST, port), timeout=timeout)


def closed_by_server(sock: socket.socket) -> bool:
    """True if the server has closed the connection (EOF or reset)."""
    try:
        return sock.recv(1) == b""
    except ConnectionResetError:
        return True
