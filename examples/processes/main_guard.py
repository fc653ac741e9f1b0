"""Why spawn needs the `if __name__ == "__main__":` guard: the child re-runs the
main module."""

import re
import subprocess
import sys
import tempfile
from pathlib import Path

WORK = '''\
import multiprocessing


def work() -> None:
    print("child: working")

'''
UNGUARDED = WORK + '''\
process = multiprocessing.get_context("spawn").Process(target=work)
process.start()
process.join()
print(f"parent: child exit code {process.exitcode}")
'''
GUARDED = WORK + '''\
if __name__ == "__main__":
    process = multiprocessing.get_context("spawn").Process(target=work)
    process.start()
    process.join()
    print(f"parent: child exit code {process.exitcode}")
'''


def run_script(source: str) -> subprocess.CompletedProcess[str]:
    with tempfile.TemporaryDirectory() as folder:
        script = Path(folder) / "script.py"
        script.write_text(source, encoding="utf-8")
        return subprocess.run(
            [sys.executable, str(script)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
            check=False,
        )


def main() -> None:
    for label, source in [
        ("without the guard", UNGUARDED),
        ("with the guard", GUARDED),
    ]:
        run = run_script(source)
        print(f"{label}:")
        for line in run.stdout.splitlines():
            print(f"  {line}")
        error = re.search(r"RuntimeError:\s*(.*?phase\.)", run.stderr, re.DOTALL)
        # the message spans several indented lines: show its first sentence
        if error:
            print(
                "  child's stderr: RuntimeError: "
                f"{' '.join(error.group(1).split())}"
            )


if __name__ == "__main__":
    main()
