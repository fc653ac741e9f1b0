"""Runs -> verdict. A block passes only if every run of it exits 0 (or fails with the promised
exception), writes nothing to stderr (unless promised), leaves no process behind, and prints the
output the page shows (``...`` matches anything, as in doctest). A block marked ``skip_on`` that
says in one line why it cannot run here (a tool missing, a permission refused) is skipped."""

from __future__ import annotations

import doctest
import re
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from tests.harness.config import EXAMPLES, ROOT
from tests.harness.pages import Block
from tests.harness.runs import DEFAULT_TIMEOUT, Run, run_command, run_server


def block_timeout(block: Block) -> float:
    mark = block.mark("timeout")
    return float(mark.args[0]) if mark else DEFAULT_TIMEOUT


def outputs_match(expected: str, actual: str, ignore_whitespace: bool = False) -> bool:
    """Compare printed output with the page; ``...`` on the page matches anything."""
    def tidy(text: str) -> str:
        if ignore_whitespace:
            return re.sub(r"\s+", "", text)
        return "\n".join(line.rstrip() for line in text.strip("\n").splitlines()) + "\n"

    return doctest.OutputChecker().check_output(tidy(expected), tidy(actual), doctest.ELLIPSIS)


def problem(block: Block, run: Run, expected: str | None) -> str | None:
    """What is wrong with one run of a block, or None."""
    raises, stderr = block.mark("raises"), block.mark("stderr")
    if run.returncode is None:
        return f"timed out after {block_timeout(block):g} s (process group killed)"
    if run.leftovers:
        return "left processes running after it ended:\n  " + "\n  ".join(run.leftovers)
    if raises:
        last = (run.stderr.strip().splitlines() or [""])[-1]
        if run.returncode == 0 or not last.startswith(raises.args[0]):
            return f"expected it to fail with {raises.args[0]}"
    elif run.returncode != 0:
        return f"exit status {run.returncode}"
    elif stderr and not re.search(stderr.args[0], run.stderr):
        return f"stderr does not match {stderr.args[0]!r}"
    elif not stderr and run.stderr.strip():
        return "wrote to stderr"
    if expected is not None and not outputs_match(expected, run.stdout, block.ignore_whitespace):
        return f"output differs from the page, which shows:\n{expected}"
    return None


def server_problem(banner: str | None, run: Run) -> str | None:
    if not banner:
        return "never printed 'listening on HOST:PORT'"
    if run.returncode != 0 or "Traceback" in run.stderr:
        return f"did not stop cleanly on Ctrl-C (exit {run.returncode})"
    if run.leftovers:
        return "left processes running after Ctrl-C:\n  " + "\n  ".join(run.leftovers)
    return None


def copied_alone(file: Path) -> bool:
    """An example a reader copies runs alone, from an empty folder; the benchmark harness is a
    package and runs from the repository."""
    return EXAMPLES in file.parents and file.parent.name != "benchmarks"


def needs_problem(run: Run) -> str | None:
    """A skipped block's example, run on a Python it does not support, must say in one line what
    it needs (and exit non-zero) rather than trace back; or simply run."""
    if run.returncode == 0 and not run.leftovers:
        return None
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    if run.returncode is None or "Traceback" in run.stderr or len(lines) != 1:
        return ("on a Python the page skips it on, it must exit with one line saying what it "
                "needs, not a traceback")
    return None


def declined(block: Block, run: Run) -> str | None:
    """Why a block that finds out by trying whether it can run here (``skip_on(pattern)``: a
    tool it needs, a permission) could not: the one line it wrote to stderr, if that line
    matches the pattern and it exited non-zero; else None, and the run is judged as usual."""
    skip_on = block.mark("skip_on")
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    if (not skip_on or run.returncode in (0, None) or run.leftovers or len(lines) != 1
            or not re.search(skip_on.args[0], lines[0])):
        return None
    return lines[0].strip()


def check_block(block: Block) -> None:
    """Run one block as a reader would; fail naming its page and line if it misbehaves."""
    timeout, stdin = block_timeout(block), block.mark("stdin")
    with tempfile.TemporaryDirectory(prefix="block-") as tmp:
        runs: list[tuple[str, list[str], Path, str | None, bool]] = []
        if block.language == "bash":
            if sys.platform == "win32":
                pytest.skip("shell blocks are written for a POSIX shell")
            runs.append(("the block, in bash", ["bash", "-c", block.code], ROOT,
                         block.expected_output, True))
        elif block.inline and not block.unsupported:
            # Pad with blank lines so that a traceback's line numbers are the page's.
            name = f"{block.page.stem}_line{block.lineno}.py"
            (Path(tmp) / name).write_text("\n" * block.lineno + block.code, encoding="utf-8")
            runs.append((f"the block, saved as {name}", [sys.executable, name], Path(tmp),
                         block.expected_output, True))
        for file in block.files:  # a block showing part of a file verifies the whole file
            own_output = not block.inline and len(block.files) == 1
            expected = block.expected_output if own_output else None
            if copied_alone(file):  # as a reader copies it: alone, in an empty folder
                folder = Path(tempfile.mkdtemp(dir=tmp))
                shutil.copy(file, folder / file.name)
                beside = block.mark("beside")  # files the page tells the reader to put beside it
                for other in beside.args if beside else ():
                    shutil.copy(EXAMPLES / other, folder / Path(other).name)
                runs.append((f"{file.relative_to(ROOT).as_posix()}, copied alone",
                             [sys.executable, file.name], folder, expected, False))
            else:
                runs.append((file.relative_to(ROOT).as_posix(), [sys.executable, str(file)],
                             ROOT, expected, True))
        for what, command, cwd, expected, importable in runs:
            if block.mark("server") and not block.unsupported:
                if sys.platform == "win32":
                    pytest.skip("Ctrl-C cannot be sent to a child process group on Windows")
                banner, run = run_server(command, cwd, timeout, importable)
                error = server_problem(banner, run)
            else:
                run = run_command(command, cwd, stdin.args[0] if stdin else None, timeout,
                                  importable)
                if not block.unsupported and (reason := declined(block, run)):
                    pytest.skip(f"{block.where}: {reason} (ran {what})")
                error = needs_problem(run) if block.unsupported else problem(block, run, expected)
            if error:
                pytest.fail(f"{block.where}: {error}\n(ran {what})\n--- stdout ---\n"
                            f"{run.stdout}--- stderr ---\n{run.stderr}", pytrace=False)
