"""The SharedMemory trap: an unrelated program that attaches to a block by name
has its own resource tracker, which unlinks the creator's block when it exits."""

import subprocess
import sys
from multiprocessing.shared_memory import SharedMemory

# A separate program (not a child started by multiprocessing) that reads the block.
READER_PROGRAM = """
import sys
from multiprocessing.shared_memory import SharedMemory
block = SharedMemory(name=sys.argv[1])  # attach by name, default options
print(bytes(block.buf[:5]).decode("ascii"))
block.close()  # it does not unlink; its resource tracker will, at exit
"""


def main() -> None:
    if sys.platform == "win32":
        print("Windows has no resource tracker: a block lives while it has handles")
        return
    block = SharedMemory(create=True, size=1024)
    block.buf[:5] = b"hello"
    reader = subprocess.run(
        [sys.executable, "-c", READER_PROGRAM, block.name],
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=True,
    )
    print(f"the other program read {reader.stdout.strip()!r} and exited")
    try:
        SharedMemory(name=block.name).close()
        print("the creator can still attach by name")
    except FileNotFoundError:
        print("the creator's block is gone: attaching raises FileNotFoundError")
    try:
        block.unlink()
    except FileNotFoundError:
        print("and the creator's own unlink() raises FileNotFoundError")
    block.close()  # this process's mapping still worked until now


if __name__ == "__main__":
    main()
