"""Every example runs the way a reader who copies it runs it: the file alone, in an empty folder,
started with the newest Python available (the repository is not importable there).

The example runs as its page's block promises (the harness's markers: stdin, server, raises,
stderr, timeout); its printed output is the page test's business. Where the page skips the block
on this Python for its version ("needs Python 3.14"), the example either still runs or says what
it needs itself: exits non-zero with one line naming the version, no traceback.

Which Python: ``$COPY_ALONE_PYTHON`` if set, else the newest of ~/.cache/pythons/3.15 and 3.14
(what .ci/run builds), else the one running the tests. Examples about a library (the page says
``importorskip``) run with the running interpreter, where the project installed the library.
"""

from __future__ import annotations

import ast
import functools
import importlib.util
import io
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pytest_codeblocks import extract_from_buffer

from tests import conftest as harness
from tests.conftest import (
    ROOT,
    Block,
    all_pages,
    block_timeout,
    collect_blocks,
    normalise_fences,
    problem,
    run_command,
    run_server,
)

PYTHONS = Path(os.environ.get("PYTHONS_CACHE", Path.home() / ".cache" / "pythons"))
# Not reader programs: the benchmark harness, and the notes' deliberately broken versions.
EXAMPLES = sorted(
    p for p in (ROOT / "examples").glob("*/*.py")
    if p.name != "__init__.py" and p.parent.name != "benchmarks" and not p.stem.endswith("_notes")
)
# Fixed on the servers developer's branch (issue 12, item 7); remove once it is merged.
NOT_YET_ALONE = {
    "clients/load_client.py": "imports examples.clients.remote_sort (fix pending, issue 12)",
    "clients/remote_sort.py": "starts ../streams/sort_server.py (fix pending, issue 12)",
}

# Over a second and a half each on a loaded 2-core machine: deselect with -m "not slow".
SLOW = {"distributed/dask_futures.py", "distributed/dask_overhead.py", "thread_problems/gil.py",
        "streams/fork_pitfall.py", "processes/notebook_spawn.py",
        "processes/threads_vs_processes.py"}


@functools.cache
def newest_python() -> str:
    chosen = os.environ.get("COPY_ALONE_PYTHON")
    if chosen:
        return chosen
    for version in ("3.15", "3.14"):
        found = shutil.which(f"python{version}", path=str(PYTHONS / version / "bin"))
        if found:
            return found
    return sys.executable


@functools.cache
def holds(python: str, condition: str) -> bool:
    """A skipif condition from a page, evaluated by the interpreter that will run the example."""
    probe = f"import os, sys, sysconfig\nprint(bool({condition}))"
    run = subprocess.run([python, "-c", probe], capture_output=True, text=True,
                         encoding="utf-8", timeout=30, check=False)
    assert run.returncode == 0, f"cannot evaluate {condition!r} with {python}: {run.stderr}"
    return run.stdout.strip() == "True"


@functools.cache
def page_blocks() -> dict[Path, tuple[Block, list[str], str | None]]:
    """Each example file -> the block that shows it, that block's skipif conditions (source
    text) and the library its page imports-or-skips (None for a standard-library example)."""
    found: dict[Path, tuple[Block, list[str], str | None]] = {}
    for page in all_pages():
        raw = {b.lineno: b for b in extract_from_buffer(
            io.StringIO(normalise_fences(page.read_text(encoding="utf-8"))[0]))}
        for block in collect_blocks(page):
            conditions = [ast.unparse(ast.parse(text, mode="eval").body.args[0])
                          for text in raw[block.lineno].marks if ".skipif(" in text]
            for file in block.files:
                # A block showing the file alone describes it best; otherwise the first one.
                if file not in found or (block.files == [file] and found[file][0].files != [file]):
                    found[file] = (block, conditions, raw[block.lineno].importorskip)
    return found


def _mark(block: Block, name: str) -> pytest.Mark | None:
    return next((m.mark for m in block.marks if m.mark.name == name), None)


def _id(path: Path) -> str:
    return path.relative_to(ROOT / "examples").as_posix()


def _param(path: Path):
    marks = [pytest.mark.slow] if _id(path) in SLOW else []
    if _id(path) in NOT_YET_ALONE:
        marks.append(pytest.mark.xfail(reason=NOT_YET_ALONE[_id(path)], strict=True))
    return pytest.param(path, marks=marks, id=_id(path))


def test_every_example_is_checked():
    assert len(EXAMPLES) >= 40
    assert set(page_blocks()) >= set(EXAMPLES), "an example that no page shows"


@pytest.mark.parametrize("example", [_param(p) for p in EXAMPLES])
def test_example_runs_copied_alone(example: Path, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch):
    block, conditions, library = page_blocks()[example]
    # A library chapter's example runs where the project installed the library.
    python = sys.executable if library else newest_python()
    if library and importlib.util.find_spec(library) is None:
        pytest.skip(f"needs {library}")
    # The harness puts the repository on PYTHONPATH; a reader's empty folder has no examples.
    monkeypatch.setattr(harness, "ROOT", tmp_path)
    if _mark(block, "server") and sys.platform == "win32":
        pytest.skip("Ctrl-C cannot be sent to a child process group on Windows")
    copy = tmp_path / example.name
    shutil.copy(example, copy)
    command = [python, copy.name]
    timeout = block_timeout(block)

    skipif = [m.mark for m in block.marks if m.mark.name == "skipif"]
    for condition, mark in zip(conditions, skipif, strict=False):
        if not holds(python, condition):
            continue
        reason = mark.kwargs.get("reason", "")
        version = re.search(r"Python (3\.\d+)", reason)
        if not version or "build" in reason:
            pytest.skip(f"{reason} (on {python})")
        # The page shows another Python's output. The example may still run here; if it
        # cannot, it must say what it needs, in one line.
        run = run_command(command, cwd=tmp_path, timeout=timeout)
        if run.returncode == 0 and "Traceback" not in run.stderr:
            return
        lines = run.stderr.strip().splitlines()
        assert run.returncode is not None, f"timed out after {timeout:g} s"
        needs = f"on a too-old Python it must exit with one line naming Python {version[1]}"
        assert "Traceback" not in run.stderr, f"{needs}, not a traceback:\n{run.stderr}"
        assert len(lines) == 1, f"{needs}; it wrote:\n{run.stderr}"
        assert version[1] in lines[0], f"{needs}; it wrote:\n{run.stderr}"
        return

    if _mark(block, "server"):
        banner, run = run_server(command, cwd=tmp_path, timeout=timeout)
        assert banner, f"never printed 'listening on HOST:PORT'\n{run.stdout}\n{run.stderr}"
        assert "Traceback" not in run.stderr, run.stderr
        assert run.returncode == 0, f"did not stop cleanly on Ctrl-C\n{run.stderr}"
        return
    stdin = _mark(block, "stdin")
    run = run_command(command, cwd=tmp_path, stdin=stdin.args[0] if stdin else None,
                      timeout=timeout)
    error = problem(block, run, None)
    assert error is None, (f"{_id(example)} copied alone, run with {python}: {error}\n"
                           f"--- stdout ---\n{run.stdout}--- stderr ---\n{run.stderr}")
    assert "ModuleNotFoundError: No module named 'examples'" not in run.stderr
