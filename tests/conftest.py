"""The verification harness: every code block on every page runs the way a reader runs it.

How a page is checked (tests/test_pages.py turns each block into one test):

1. Find the blocks and their markers with pytest-codeblocks (expected output, ``cont``,
   ``pytest.mark.*``), after normalising fences it would otherwise skip silently
   (```` ```python title="x.py" ````, ```` ```py ````).
2. Expand ``--8<--`` lines with the ``pymdownx.snippets`` configuration from mkdocs.yml, the same
   preprocessor MkDocs renders the page with.
3. Run each block as a script in a fresh interpreter (``__name__ == "__main__"``), with the repo
   importable, under a timeout that kills the whole process group. A block embedded from
   ``examples/`` runs as that whole file, so a part shown on the page verifies the whole program.

Markers a page may put before a block (HTML comments, invisible on the site)::

    <!--pytest.mark.stdin("some text\\n")-->   feed standard input
    <!--pytest.mark.server-->                   wait for "listening on", send SIGINT, expect exit 0
    <!--pytest.mark.raises("ValueError")-->     the block fails on purpose with this exception
    <!--pytest.mark.stderr(r"regex")-->         the block writes to stderr on purpose
    <!--pytest.mark.timeout(120)-->             a longer timeout than the default
    <!--pytest.mark.skipif(sys.version_info < (3, 14), reason="needs Python 3.14")-->

A block passes only if it exits 0 (or fails with the promised exception), writes nothing to
stderr (unless promised), and prints its expected output when the page shows one (``...`` matches
anything, as in doctest).
"""

from __future__ import annotations

import contextlib
import doctest
import importlib.util
import io
import os
import re
import signal
import subprocess
import sys
import sysconfig
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import markdown
import pytest
import yaml
from pytest_codeblocks import extract_from_buffer

ROOT = Path(os.environ.get("GUIDE_ROOT", Path(__file__).resolve().parents[1]))
DOCS = ROOT / "docs"
DEFAULT_TIMEOUT = 60.0
EXECUTED = {"python", "bash"}
# Fences that are shown, never run. Anything else on a page is an error, so nothing escapes.
DISPLAYED = {"text", "toml", "yaml", "json", "ini", "console", "mermaid", "diff"}
FENCE = re.compile(r"^(?P<indent>\s*)(?P<ticks>`{3,}|~{3,})\s*(?P<info>.*)$")
SNIPPET = re.compile(r'^\s*-{1,}8<-{1,}\s+"(?P<path>[^"]+)"\s*$')
LISTENING = re.compile(r"(listening|serving) on \S+", re.IGNORECASE)
ALIASES = {"py": "python", "python3": "python", "sh": "bash", "shell": "bash", "": "text"}


# --------------------------------------------------------------------------- finding blocks
@dataclass
class Block:
    page: Path
    lineno: int  # line of the opening fence, 1-based
    language: str
    code: str  # after snippet expansion: exactly what the page shows
    files: list[Path] = field(default_factory=list)  # example files the block embeds
    inline: bool = True  # has lines of its own besides --8<-- lines
    expected_output: str | None = None
    ignore_whitespace: bool = False
    marks: list = field(default_factory=list)

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT).as_posix()}:{self.lineno}"


class _Loader(yaml.SafeLoader):
    """Reads mkdocs.yml without importing MkDocs: ``!ENV`` and ``!!python/...`` tags are kept
    as plain values, so the harness also runs where the docs toolchain is not installed."""


_Loader.add_multi_constructor("", lambda loader, suffix, node: None)
_Loader.add_constructor("!ENV", lambda loader, node: None)


def snippet_options() -> dict:
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_Loader)
    for entry in config["markdown_extensions"]:
        if isinstance(entry, dict) and "pymdownx.snippets" in entry:
            options = dict(entry["pymdownx.snippets"])
            options["base_path"] = [str(ROOT / p) for p in options.get("base_path", ["."])]
            return options
    raise LookupError("mkdocs.yml does not configure pymdownx.snippets")


def expand(lines: list[str]) -> list[str]:
    """Expand --8<-- lines with the snippets preprocessor and options MkDocs uses."""
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": snippet_options()},
    )
    return md.preprocessors["snippet"].run(lines)


def normalise_fences(text: str) -> tuple[str, list[tuple[int, str]]]:
    """Rewrite every opening fence to its bare language, so pytest-codeblocks sees all of them.
    Returns the new text and (line, language) for each opening fence."""
    out, fences, inside, indent = [], [], None, ""
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        match = FENCE.match(line)
        if match and inside is None:
            info = match["info"].strip()
            language = re.split(r"[\s{]", info.lstrip("{").lstrip("."), maxsplit=1)[0].lower()
            language = ALIASES.get(language, language)
            inside, indent = match["ticks"], match["indent"]
            fences.append((number, language))
            line = f"{indent}{inside}{language}\n"
        elif match and inside and match["ticks"].startswith(inside) and not match["info"]:
            inside = None
        elif inside and not line.strip():
            # pytest-codeblocks drops an empty line of an indented block (in a tab or an
            # admonition); indent it like the block so that it is kept.
            line = indent + "\n"
        out.append(line)
    return "".join(out), fences


def embedded_files(code: str, where: str) -> list[Path]:
    options, files = snippet_options(), []
    for line in code.splitlines():
        if line.strip() == "--8<--":
            raise ValueError(f"{where}: use one '--8<-- \"file\"' line per embedded file")
        match = SNIPPET.match(line)
        if not match:
            continue
        name = re.sub(r"(:[\w-]+|:\d*:\d*|:\d+)$", "", match["path"])
        found = [Path(b) / name for b in options["base_path"] if (Path(b) / name).is_file()]
        if not found:
            raise FileNotFoundError(f"{where}: snippet {match['path']!r} not found")
        files.append(found[0])
    return files


def collect_blocks(page: Path) -> list[Block]:
    text = page.read_text(encoding="utf-8")
    normalised, fences = normalise_fences(text)
    rel = page.relative_to(ROOT).as_posix()
    tildes = [n for n, line in enumerate(text.splitlines(), 1) if line.lstrip().startswith("~~~")]
    if tildes:  # pytest-codeblocks only sees backtick fences
        raise ValueError(f"{rel}:{tildes[0]}: use backtick fences, not ~~~")
    unknown = [(n, lang) for n, lang in fences if lang not in EXECUTED | DISPLAYED]
    if unknown:
        raise ValueError(f"{rel}:{unknown[0][0]}: fence language {unknown[0][1]!r} is neither "
                         f"run ({sorted(EXECUTED)}) nor display-only ({sorted(DISPLAYED)})")
    blocks = []
    for found in extract_from_buffer(io.StringIO(normalised)):
        if found.syntax not in EXECUTED:
            continue
        where = f"{rel}:{found.lineno}"
        lines = found.code.splitlines()
        try:
            code = "\n".join(expand(lines)) + "\n"
        except Exception as error:  # SnippetMissingError and friends
            raise ValueError(f"{where}: cannot expand snippet: {error}") from error
        marks = [eval(m, {"pytest": pytest, "sys": sys, "os": os, "sysconfig": sysconfig})
                 for m in found.marks]  # the markers are pytest expressions by design
        if found.importorskip:  # <!--pytest-codeblocks:importorskip(module)-->
            missing = importlib.util.find_spec(found.importorskip) is None
            marks.append(pytest.mark.skipif(missing, reason=f"needs {found.importorskip}"))
        blocks.append(Block(
            page=page, lineno=found.lineno, language=found.syntax, code=code,
            files=embedded_files(found.code, where),
            inline=any(ln.strip() and not SNIPPET.match(ln) for ln in lines),
            expected_output=found.expected_output,
            ignore_whitespace=found.expected_output_ignore_whitespace,
            marks=marks,
        ))
    return blocks


def all_pages() -> list[Path]:
    return sorted(DOCS.rglob("*.md"))


# --------------------------------------------------------------------------- running scripts
@dataclass
class Run:
    returncode: int | None  # None: killed on timeout
    stdout: str
    stderr: str


def script_env() -> dict[str, str]:
    env = dict(os.environ, PYTHONIOENCODING="utf-8", PYTHONUNBUFFERED="1")
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    env.pop("PYTEST_CURRENT_TEST", None)
    return env


def _start(command: list[str], cwd: Path, with_stdin: bool) -> subprocess.Popen:
    group = ({"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP} if sys.platform == "win32"
             else {"start_new_session": True})
    return subprocess.Popen(
        command, cwd=cwd, env=script_env(), text=True, encoding="utf-8", errors="replace",
        stdin=subprocess.PIPE if with_stdin else subprocess.DEVNULL,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, **group,
    )


def _kill_group(process: subprocess.Popen) -> None:
    """Kill the process and everything it started (pool workers, grandchildren)."""
    if sys.platform == "win32":
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True)
    else:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    process.kill()


def run_command(command: list[str], cwd: Path = ROOT, stdin: str | None = None,
                timeout: float = DEFAULT_TIMEOUT) -> Run:
    """Run a command in a new process group; on timeout kill the whole group."""
    process = _start(command, cwd, stdin is not None)
    try:
        out, err = process.communicate(stdin, timeout=timeout)
        return Run(process.returncode, out, err)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        out, err = process.communicate()
        return Run(None, out, err)
    finally:
        if process.poll() is None:
            _kill_group(process)


def run_server(command: list[str], cwd: Path = ROOT,
               timeout: float = 15.0) -> tuple[str | None, Run]:
    """Start a server, wait for its "listening on HOST:PORT" line, press Ctrl-C (SIGINT to its
    process group, as a terminal does) and return that line and how the server ended."""
    process = _start(command, cwd, with_stdin=False)
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
    reader.join(timeout)
    err = process.stderr.read()
    process.stdout.close()
    process.stderr.close()
    return banner, Run(process.returncode, "".join(lines), err)


@pytest.fixture
def run_example():
    """Run an example file as a reader does: ``run_example("threads/join.py", stdin=...)``."""
    def run(relative: str, *args: str, stdin: str | None = None,
            timeout: float = DEFAULT_TIMEOUT) -> Run:
        path = ROOT / "examples" / relative
        return run_command([sys.executable, str(path), *args], stdin=stdin, timeout=timeout)
    return run


# --------------------------------------------------------------------------- checking a block
def _mark(block: Block, name: str) -> pytest.Mark | None:
    return next((m.mark for m in block.marks if m.mark.name == name), None)


def block_timeout(block: Block) -> float:
    mark = _mark(block, "timeout")
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
    raises, stderr = _mark(block, "raises"), _mark(block, "stderr")
    if run.returncode is None:
        return f"timed out after {block_timeout(block):g} s (process group killed)"
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


def run_block(block: Block) -> None:
    """Run one block as a reader would; fail naming its page and line if it misbehaves."""
    timeout, stdin = block_timeout(block), _mark(block, "stdin")
    with tempfile.TemporaryDirectory(prefix="block-") as tmp:
        runs: list[tuple[str, list[str], Path, str | None]] = []
        if block.language == "bash":
            if sys.platform == "win32":
                pytest.skip("shell blocks are written for a POSIX shell")
            runs.append(("the block, in bash", ["bash", "-c", block.code], ROOT,
                         block.expected_output))
        elif block.inline:
            # Pad with blank lines so that a traceback's line numbers are the page's.
            name = f"{block.page.stem}_line{block.lineno}.py"
            (Path(tmp) / name).write_text("\n" * block.lineno + block.code, encoding="utf-8")
            runs.append((f"the block, saved as {name}", [sys.executable, name], Path(tmp),
                         block.expected_output))
        for file in block.files:  # a block showing part of a file verifies the whole file
            own_output = not block.inline and len(block.files) == 1
            runs.append((file.relative_to(ROOT).as_posix(), [sys.executable, str(file)], ROOT,
                          block.expected_output if own_output else None))
        for what, command, cwd, expected in runs:
            if _mark(block, "server"):
                if sys.platform == "win32":
                    pytest.skip("Ctrl-C cannot be sent to a child process group on Windows")
                banner, run = run_server(command, cwd, timeout)
                error = ("never printed 'listening on HOST:PORT'" if not banner else
                         f"did not stop cleanly on Ctrl-C (exit {run.returncode})"
                         if run.returncode != 0 or "Traceback" in run.stderr else None)
            else:
                run = run_command(command, cwd, stdin.args[0] if stdin else None, timeout)
                error = problem(block, run, expected)
            if error:
                pytest.fail(f"{block.where}: {error}\n(ran {what})\n--- stdout ---\n"
                            f"{run.stdout}--- stderr ---\n{run.stderr}", pytrace=False)


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """One test per runnable block of every page: ``test_pages.py::test_block[docs/x.md:12]``."""
    if "block" not in metafunc.fixturenames:
        return
    params = []
    for page in all_pages():
        try:
            blocks = collect_blocks(page)
        except (ValueError, OSError, RuntimeError) as error:  # report it as a failing test
            params.append(pytest.param(error, id=page.relative_to(ROOT).as_posix()))
            continue
        for block in blocks:
            marks = [m for m in block.marks if m.mark.name != "timeout"]
            # pytest-timeout is only the backstop: each script has its own, shorter timeout.
            marks.append(pytest.mark.timeout(block_timeout(block) * (len(block.files) + 1) + 30))
            params.append(pytest.param(block, marks=marks, id=block.where))
    metafunc.parametrize("block", params)
