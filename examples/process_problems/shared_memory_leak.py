"""A leaked SharedMemory block does not outlive its program: on POSIX the resource
tracker unlinks it when the program exits and warns on stderr (Windows has no
tracker: a block is freed when its last handle closes)."""

import subprocess
import sys
from multiprocessing.shared_memory import SharedMemory

# A separate program that creates a block, closes it and forgets to unlink it.
LEAKY_PROGRAM = """
from multiprocessing.shared_memory import SharedMemory
block = SharedMemory(create=True, size=1024)
print(block.name, flush=True)
block.close()  # no unlink(): the block is leaked
"""


# Checking must not register the block with *this* program's tracker (3.13+).
ATTACH_OPTIONS = {"track": False} if sys.version_info >= (3, 13) else {}


def block_exists(name: str) -> bool:
    try:
        block = SharedMemory(name=name, **ATTACH_OPTIONS)
    except FileNotFoundError:
        return False
    block.close()
    return True


def main() -> None:
    leaky = subprocess.run(
        [sys.executable, "-c", LEAKY_PROGRAM],
        capture_output=True, text=True, encoding="utf-8", timeout=60, check=True,
    )
    name = leaky.stdout.strip()
    print(f"the leaky program exited with status {leaky.returncode}")
    print(f"its block still exists afterwards: {block_exists(name)}")
    warned = "leaked shared_memory objects" in leaky.stderr
    print(f"its resource tracker warned about the leak: {warned}")


if __name__ == "__main__":
    main()
