"""The notes' MuchCPU cell run as notebook code under spawn: the children die
unpickling MuchCPU, and the cell still prints a time. Saved as a file, the same code
works."""

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The notes' cell, unchanged but for the loop count, plus a line printing the exit
# codes.
NOTES_CELL = '''\
from multiprocessing import Process, cpu_count
import time
import os

class MuchCPU(Process):
    def run(self):
        print(os.getpid())
        for i in range({loops}):
            pass

if __name__ == "__main__":
    procs = [MuchCPU() for f in range(cpu_count())]
    t = time.time()
    for p in procs:
        p.start()
    for p in procs:
        p.join()
    print(f"work took {{(time.time()) - t}} seconds")
    print("exit codes:", [p.exitcode for p in procs])
'''
# spawn is the default on macOS and Windows, where the notes' cell ran; force it
# here too.
SPAWN = (
    "import multiprocessing\n"
    'multiprocessing.set_start_method("spawn", force=True)\n'
)
LOOPS = 2_000_000


def run_cell(as_file: bool) -> subprocess.CompletedProcess[str]:
    """Run the cell in a fresh interpreter: with `python -c` the __main__ module has
    no file, as in a notebook, so a spawned child cannot re-import it; as a file, it
    can."""
    source = SPAWN + NOTES_CELL.format(loops=LOOPS)
    with tempfile.TemporaryDirectory() as folder:
        if as_file:
            script = Path(folder) / "cell.py"
            script.write_text(source, encoding="utf-8")
            command = [sys.executable, str(script)]
        else:
            command = [sys.executable, "-c", source]
        return subprocess.run(command, capture_output=True, text=True,
                              encoding="utf-8", timeout=60, cwd=folder, check=False)


def seconds_to_count(loops: int) -> float:
    """How long this interpreter needs for the cell's empty loop, timed on LOOPS and
    scaled."""
    start = time.perf_counter()
    for _ in range(LOOPS):
        pass
    return (time.perf_counter() - start) * loops / LOOPS


def report(run: subprocess.CompletedProcess[str]) -> None:
    took = re.search(r"^work took .*$", run.stdout, re.MULTILINE)
    codes = re.search(r"^exit codes: \[(.*)\]$", run.stdout, re.MULTILINE)
    exit_codes = [int(code) for code in codes.group(1).split(", ")] if codes else []
    print(f"  the cell printed: {took.group() if took else None}")
    print(
        f"  exit codes of its {len(exit_codes)} children: {sorted(set(exit_codes))}"
    )
    error = re.search(r"^AttributeError: .*$", run.stderr, re.MULTILINE)
    if error:
        print(f"  children's stderr: {error.group()}")


def main() -> None:
    print("as notebook code (python -c, start method spawn):")
    report(run_cell(as_file=False))
    print("saved as cell.py and run with python:")
    report(run_cell(as_file=True))
    print(f"one process needs {seconds_to_count(200_000_000):.1f} s "
          "for the notes' 200,000,000 iterations")


if __name__ == "__main__":
    main()
