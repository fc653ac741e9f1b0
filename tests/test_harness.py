"""The harness must fail broken pages, naming the page and line, and pass good ones.

A small site is written to a temporary folder and tests/test_pages.py is run against it
(GUIDE_ROOT points the harness there); the JUnit report says what passed and why others failed.
"""

import os
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.harness import ROOT

FENCE = "```"
PAGES = {
    # name: (page text, outcome, words the failure must contain)
    "good.md": (f"""\
        # Good
        {FENCE}python title="examples/good.py"
        --8<-- "good.py:shown"
        {FENCE}

        <!--pytest-codeblocks:expected-output-->
        {FENCE}text
        printed ... times
        {FENCE}
        """, "passed", []),
    "titled.md": (f"""\
        # A titled fence is not skipped
        {FENCE}python title="fails.py"
        raise SystemExit(3)
        {FENCE}
        """, "failed", ["docs/titled.md:2", "exit status 3"]),
    "syntax_outside.md": (f"""\
        # Syntax error outside the embedded section
        {FENCE}python
        --8<-- "broken_outside.py:shown"
        {FENCE}
        """, "failed", ["docs/syntax_outside.md:2", "SyntaxError", "broken_outside.py"]),
    "syntax_inside.md": (f"""\
        # Syntax error in the embedded file


        {FENCE}python
        --8<-- "broken_inside.py"
        {FENCE}
        """, "failed", ["docs/syntax_inside.md:4", "SyntaxError", "line 2"]),
    "output.md": (f"""\
        # Wrong output
        {FENCE}python
        print("actual")
        {FENCE}

        <!--pytest-codeblocks:expected-output-->
        {FENCE}text
        expected
        {FENCE}
        """, "failed", ["docs/output.md:2", "output differs", "expected"]),
    "missing.md": (f"""\
        # Missing snippet
        {FENCE}python
        --8<-- "no/such/file.py"
        {FENCE}
        """, "failed", ["docs/missing.md:2", "no/such/file.py"]),
    "hang.md": (f"""\
        # Hangs
        <!--pytest.mark.timeout(1)-->
        {FENCE}python
        import time
        time.sleep(3600)
        {FENCE}
        """, "failed", ["docs/hang.md:3", "timed out after 1 s"]),
    "pool.md": (f"""\
        # A spawn pool without a __main__ guard
        <!--pytest.mark.timeout(5)-->
        {FENCE}python
        import multiprocessing


        def square(number: int) -> int:
            return number * number


        pool = multiprocessing.get_context("spawn").Pool(2)
        print(pool.map(square, range(4)))
        {FENCE}
        """, "failed", ["docs/pool.md:3"]),
    "server.md": (f"""\
        # A server stopped with Ctrl-C
        <!--pytest.mark.server-->
        {FENCE}python
        --8<-- "server.py"
        {FENCE}
        """, "passed", []),
    "rude_server.md": (f"""\
        # A server that dies with a traceback on Ctrl-C
        <!--pytest.mark.server-->
        {FENCE}python
        import socket
        import time

        listener = socket.create_server(("127.0.0.1", 0))
        print("listening on 127.0.0.1:%d" % listener.getsockname()[1], flush=True)
        time.sleep(60)
        {FENCE}
        """, "failed", ["docs/rude_server.md:3", "did not stop cleanly"]),
    "orphan.md": (f"""\
        # Exits 0, but leaves a grandchild running
        {FENCE}python
        import subprocess
        import sys

        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)  # orphan"])
        {FENCE}
        """, "failed", ["docs/orphan.md:2", "left processes running", "orphan"]),
    "escapee.md": (f"""\
        # Hangs, with a grandchild that left the process group
        <!--pytest.mark.timeout(2)-->
        {FENCE}python
        import subprocess
        import sys
        import time

        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)  # escapee"],
                         start_new_session=True)
        time.sleep(60)
        {FENCE}
        """, "failed", ["docs/escapee.md:3", "timed out after 2 s"]),
    "declined.md": (f"""\
        # Says in one line that it cannot run here: skipped, with that line as the reason
        <!--pytest.mark.skip_on(r"^needs ")-->
        {FENCE}python
        raise SystemExit("needs a frobnicator, and none is installed")
        {FENCE}

        <!--pytest-codeblocks:expected-output-->
        {FENCE}text
        frobnicated
        {FENCE}
        """, "skipped", ["docs/declined.md:3", "needs a frobnicator, and none is installed"]),
    "declined_otherwise.md": (f"""\
        # Marked skip_on, but fails some other way: a failure, not a skip
        <!--pytest.mark.skip_on(r"^needs ")-->
        {FENCE}python
        raise RuntimeError("needs a frobnicator")
        {FENCE}
        """, "failed", ["docs/declined_otherwise.md:3", "exit status 1"]),
    "language.md": (f"""\
        # An unknown fence language
        {FENCE}pycon
        >>> 1 + 1
        {FENCE}
        """, "failed", ["docs/language.md:2", "pycon"]),
}
EXAMPLES = {
    "good.py": """\
        def main() -> None:
            # --8<-- [start:shown]
            print("printed", 3, "times")
            # --8<-- [end:shown]


        if __name__ == "__main__":
            main()
        """,
    "broken_outside.py": """\
        # --8<-- [start:shown]
        print("this part is fine")
        # --8<-- [end:shown]
        print("this part is not"
        """,
    "broken_inside.py": """\
        def main() -> None:
            print("missing parenthesis"


        main()
        """,
    "server.py": """\
        import socket


        def main() -> None:
            with socket.create_server(("127.0.0.1", 0)) as listener:
                try:
                    print(f"listening on 127.0.0.1:{listener.getsockname()[1]}", flush=True)
                    listener.accept()
                except KeyboardInterrupt:
                    print("stopped")


        if __name__ == "__main__":
            main()
        """,
}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, str]]:
    site = tmp_path_factory.mktemp("site")
    shutil.copy(ROOT / "mkdocs.yml", site / "mkdocs.yml")
    (site / "docs").mkdir()
    (site / "examples").mkdir()
    for name, (text, _, _) in PAGES.items():
        (site / "docs" / name).write_text(textwrap.dedent(text), encoding="utf-8")
    for name, text in EXAMPLES.items():
        (site / "examples" / name).write_text(textwrap.dedent(text), encoding="utf-8")
    report = site / "report.xml"
    subprocess.run(
        [sys.executable, "-m", "pytest", str(ROOT / "tests" / "test_pages.py"), "-q",
         "-p", "no:cacheprovider", f"--junitxml={report}"],
        cwd=ROOT, env=dict(os.environ, GUIDE_ROOT=str(site)), capture_output=True, timeout=120,
    )
    results = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        page = case.get("name").split("docs/", 1)[1].split(":")[0].rstrip("]")
        failure, skipped = case.find("failure"), case.find("skipped")
        if failure is not None:
            results[page] = ("failed", failure.get("message", "") + (failure.text or ""))
        elif skipped is not None:
            results[page] = ("skipped", skipped.get("message", ""))
        else:
            results[page] = ("passed", "")
    return results


@pytest.mark.parametrize("page", PAGES)
def test_harness_judges_page(page: str, outcomes: dict[str, tuple[str, str]]) -> None:
    _, expected_outcome, words = PAGES[page]
    outcome, message = outcomes[page]
    assert outcome == expected_outcome, message
    for word in words:
        assert word in message


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="finds processes in /proc")
@pytest.mark.parametrize(("page", "command"), [
    ("pool.md", "pool_line3.py"),  # a spawn pool's parent and workers, killed with their group
    ("orphan.md", "# orphan"),  # a grandchild left running by a block that exited 0
    ("escapee.md", "# escapee"),  # a grandchild in a session of its own, when the block hung
])
def test_no_process_survives_a_block(outcomes: dict[str, tuple[str, str]], page: str,
                                     command: str) -> None:
    assert outcomes[page][0] == "failed"
    survivors = [cmdline for cmdline in (p.read_bytes() for p in Path("/proc").glob("*/cmdline")
                                         if p.parent.name.isdigit() and p.exists())
                 if command.encode() in cmdline]
    assert survivors == []
