"""py-spy dump: read every thread's stack from outside a deadlocked process.

The child deadlocks on purpose (two threads take two locks in opposite orders)
and has nothing armed: no faulthandler, no signal handler. The parent runs
`py-spy dump --pid` on it, prints where each thread waits, and kills it.
"""

import re
import shutil
import subprocess
import sys
import sysconfig
import threading
import time
from pathlib import Path

first, second = threading.Lock(), threading.Lock()
all_hold_one = threading.Barrier(3)  # the two threads, and main to say so
NAMES = ("a-to-b", "b-to-a")


def transfer(take: threading.Lock, then: threading.Lock) -> None:
    with take:
        all_hold_one.wait(timeout=10)
        with then:  # no timeout: waits forever
            pass


def child() -> None:
    threads = [
        threading.Thread(target=transfer, args=(first, second), name=NAMES[0]),
        threading.Thread(target=transfer, args=(second, first), name=NAMES[1]),
    ]
    for thread in threads:
        thread.start()
    all_hold_one.wait(timeout=10)
    print("deadlocked", flush=True)
    for thread in threads:
        thread.join()


def find_py_spy() -> str | None:
    """On PATH, or beside this interpreter (a virtual environment not activated)."""
    scripts = sysconfig.get_path("scripts")
    return shutil.which("py-spy") or shutil.which("py-spy", path=scripts)


def dump(py_spy: str, pid: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [py_spy, "dump", "--pid", str(pid)],
        capture_output=True,
        encoding="utf-8",
        errors="replace",
        timeout=30,
        check=False,
    )


# A thread's header, 'Thread 4711 (idle): "a-to-b"' (its id and state vary from
# run to run), then its innermost frame, '    transfer (dir/py_spy_dump.py:25)'.
THREAD = re.compile(
    r'^Thread \S+ \([^)]*\): "(?P<name>[^"]*)"\n'
    r"\s+(?P<function>\S+) \((?P<file>.+):(?P<line>\d+)\)$",
    re.MULTILINE,
)


def top_frames(text: str) -> dict[str, str]:
    """Thread name -> innermost frame, as 'transfer (py_spy_dump.py:25)'."""
    frames = {}
    for found in THREAD.finditer(text):
        where = f"{Path(found['file']).name}:{found['line']}"
        frames[found["name"]] = f"{found['function']} ({where})"
    return frames


def source_line(frame: str) -> str:
    """'transfer (py_spy_dump.py:25)' -> the text of line 25 of this file."""
    found = re.search(r"\(py_spy_dump\.py:(\d+)\)$", frame)
    source = Path(__file__).read_text(encoding="utf-8").splitlines()
    return source[int(found[1]) - 1].strip() if found else ""


def error_message(result: subprocess.CompletedProcess[str]) -> str:
    """py-spy's error in one line: 'Error: ...' and its first cause, if any."""
    lines = [line.strip() for line in (result.stderr + result.stdout).splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        return f"exit status {result.returncode}"
    if "Caused by:" in lines[:-1]:
        cause = lines[lines.index("Caused by:") + 1]
        return f"{lines[0]} ({re.sub(r'^[0-9]+: ', '', cause)})"
    return lines[0]


def deadlocked_frames(py_spy: str, pid: int) -> dict[str, str]:
    """Dump until both threads wait on their second lock, which they reach just
    after the barrier (for 10 s at most). RuntimeError if py-spy fails."""
    deadline = time.monotonic() + 10
    while True:
        result = dump(py_spy, pid)
        if result.returncode != 0:
            raise RuntimeError(error_message(result))
        frames = top_frames(result.stdout)
        lines = [source_line(frames.get(name, "")) for name in NAMES]
        if all(line.startswith("with then:") for line in lines):
            return frames
        if time.monotonic() > deadline:
            return frames
        time.sleep(0.1)


def main() -> None:
    py_spy = find_py_spy()
    if py_spy is None:
        sys.exit("py-spy is not installed here (pip install py-spy)")
    child_process = subprocess.Popen(
        [sys.executable, __file__, "child"],
        stdout=subprocess.PIPE,
        encoding="utf-8",
    )
    try:  # the child never ends by itself: kill it, whatever happens
        if child_process.stdout.readline().strip() != "deadlocked":
            sys.exit("the child did not deadlock")
        frames = deadlocked_frames(py_spy, child_process.pid)
    except RuntimeError as error:
        sys.exit(f"py-spy cannot dump the child here: {error}")
    finally:
        child_process.kill()
        child_process.wait(timeout=10)
        child_process.stdout.close()
    for name in NAMES:
        frame = frames.get(name, "(not in the dump)")
        print(f'Thread "{name}"\n    {frame}\n        {source_line(frame)}')


if __name__ == "__main__":
    if sys.argv[1:] == ["child"]:
        child()
    else:
        main()
