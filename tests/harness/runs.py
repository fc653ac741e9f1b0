"""Block -> runs. Each run is a script in a fresh interpreter, started in a process group of its
own, under a timeout that kills the whole group. Nothing it started may outlive it: every process
carries a marker in its environment, and whatever still carries it when the run is over (a pool
worker the program never joined, a grandchild that left the group with ``setsid``) is reported and
killed. The marker is read from /proc, so that check is Linux-only; elsewhere the group kill is all.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from tests.harness.config import ROOT

DEFAULT_TIMEOUT = 60.0
LISTENING = re.compile(r"(listening|serving) on \S+", re.IGNORECASE)
MARKER = "GUIDE_RUN_ID"
# How long what a program started may take to exit after the program itself (a pool's workers,
# the resource tracker) before it counts as left behind.
GRACE_S = 3.0
PROC = Path("/proc")


@dataclass
class Run:
    returncode: int | None  # None: killed on timeout
    stdout: str
    stderr: str
    leftovers: list[str] = field(default_factory=list)  # "pid: command" still running at the end


def script_env() -> dict[str, str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONUNBUFFERED="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("PYTEST_CURRENT_TEST", None)
    return env


def _marked(run_id: str) -> dict[int, str]:
    """pid -> command line of every live process whose environment carries this run's marker."""
    if not PROC.is_dir():
        return {}
    needle = f"{MARKER}={run_id}".encode()
    found = {}
    for entry in PROC.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if needle in (entry / "environ").read_bytes().split(b"\0"):
                command = (entry / "cmdline").read_bytes().replace(b"\0", b" ").strip()
                found[int(entry.name)] = command.decode(errors="replace")
        except OSError:  # gone already, or not ours to read
            continue
    return found


def _leftovers(run_id: str, grace: float) -> list[str]:
    """Wait up to `grace` seconds for the run's processes to end; kill and name the rest."""
    deadline = time.monotonic() + grace
    while (alive := _marked(run_id)) and time.monotonic() < deadline:
        time.sleep(0.05)
    for pid in alive:
        with contextlib.suppress(OSError):
            os.kill(pid, signal.SIGKILL)
    return [f"{pid}: {command}" for pid, command in sorted(alive.items())]


def _start(command: list[str], cwd: Path, with_stdin: bool, run_id: str) -> subprocess.Popen:
    group = ({"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if sys.platform == "win32"
             else {"start_new_session": True})
    return subprocess.Popen(
        command, cwd=cwd, env={**script_env(), MARKER: run_id}, text=True, encoding="utf-8",
        errors="replace", stdin=subprocess.PIPE if with_stdin else subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, **group,
    )


def _kill_group(process: subprocess.Popen) -> None:
    """Kill the process and everything in its group (pool workers, grandchildren)."""
    if sys.platform == "win32":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True,
                       check=False)
    else:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    process.kill()


def _drain(stream: IO[str], into: list[str]) -> threading.Thread:
    """Read a pipe to its end in a thread: a grandchild may hold it open after the child exits."""
    thread = threading.Thread(target=lambda: into.append(stream.read()), daemon=True)
    thread.start()
    return thread


def run_command(command: list[str], cwd: Path = ROOT, stdin: str | None = None,
                timeout: float = DEFAULT_TIMEOUT) -> Run:
    """Run a command in a new process group; on timeout kill the group and every process the
    command started. ``Run.leftovers`` names what was still running after it ended."""
    run_id = uuid.uuid4().hex
    process = _start(command, cwd, stdin is not None, run_id)
    out: list[str] = []
    err: list[str] = []
    readers = [_drain(process.stdout, out), _drain(process.stderr, err)]
    if stdin is not None:
        with contextlib.suppress(BrokenPipeError, OSError):
            process.stdin.write(stdin)
            process.stdin.close()
    try:
        returncode: int | None = process.wait(timeout)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        process.wait()
        returncode = None
    leftovers = _leftovers(run_id, GRACE_S if returncode is not None else 0.0)
    for reader in readers:
        reader.join(timeout=10)
    process.stdout.close()
    process.stderr.close()
    return Run(returncode, "".join(out), "".join(err), leftovers)


def run_server(command: list[str], cwd: Path = ROOT,
               timeout: float = 15.0) -> tuple[str | None, Run]:
    """Start a server, wait for its "listening on HOST:PORT" line, press Ctrl-C (SIGINT to its
    process group, as a terminal does) and return that line and how the server ended."""
    run_id = uuid.uuid4().hex
    process = _start(command, cwd, with_stdin=False, run_id=run_id)
    lines: list[str] = []
    ready = threading.Event()

    def read_stdout() -> None:
        for line in process.stdout:
            lines.append(line)
            if LISTENING.search(line):
                ready.set()
        ready.set()  # EOF: the server died before listening

    reader = threading.Thread(target=read_stdout, daemon=True)
    reader.start()
    banner = None
    try:
        ready.wait(timeout)
        banner = next((ln.strip() for ln in lines if LISTENING.search(ln)), None)
        if banner and process.poll() is None:
            time.sleep(0.2)  # a reader reads the banner before pressing Ctrl-C
            os.killpg(process.pid, signal.SIGINT)
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        process.wait()
    finally:
        if process.poll() is None:
            _kill_group(process)
    leftovers = _leftovers(run_id, GRACE_S)  # before reading: a leftover holds the pipes
    reader.join(timeout)
    err = process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    return banner, Run(process.returncode, "".join(lines), err, leftovers)
