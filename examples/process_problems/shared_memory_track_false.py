"""Python 3.13+: an unrelated program that attaches with track=False leaves the
creator's block alone; the creator alone unlinks it."""

import subprocess
import sys
from multiprocessing.shared_memory import SharedMemory

# A separate program (not a child started by multiprocessing) that reads the block.
READER_PROGRAM = """
import sys
from multiprocessing.shared_memory import SharedMemory
block = SharedMemory(name=sys.argv[1], track=False)  # 3.13+: not registered
print(bytes(block.buf[:5]).decode("ascii"))
block.close()
"""


def main() -> None:
    if sys.version_info < (3, 13):
        sys.exit("needs Python 3.13+ for SharedMemory(track=False)")
    block = SharedMemory(create=True, size=1024)
    try:
        block.buf[:5] = b"hello"
        reader = subprocess.run(
            [sys.executable, "-c", READER_PROGRAM, block.name],
            capture_output=True, text=True, encoding="utf-8",
            timeout=60, check=True,
        )
        print(f"the other program read {reader.stdout.strip()!r} and exited")
        again = SharedMemory(name=block.name, track=False)
        print(f"the creator can still attach: {bytes(again.buf[:5])!r}")
        again.close()
    finally:
        block.close()
        block.unlink()  # the creator unlinks once; nothing else did
    print("unlink() by the creator succeeded")


if __name__ == "__main__":
    main()
