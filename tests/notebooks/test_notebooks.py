"""The companion notebooks (docs/notebooks/*.py, jupytext percent format) run as Jupyter runs
them: each in a fresh kernel, every cell bounded in time. A cell tagged `raises-exception` must
raise exactly the error named by its `raises` metadata; any other error fails the test, naming the
notebook and the cell. The same notebooks are executed by `mkdocs build` (docs/hooks/notebooks.py);
the last tests check that build with a small site that uses the real plugin settings.

jupytext, nbclient and ipykernel are in the docs group, not the test group: without them (other
interpreters, free-threaded builds) these tests are skipped.
"""

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT

jupytext = pytest.importorskip("jupytext", reason="jupytext is in the docs group")
nbclient = pytest.importorskip("nbclient", reason="nbclient is in the docs group")
pytest.importorskip("ipykernel", reason="ipykernel is in the docs group")

DOCS = ROOT / "docs"
NOTEBOOKS = sorted((DOCS / "notebooks").glob("*.py"))
CELL_TIMEOUT_S = 60
HEADER = "# %% [markdown]\n# # A test notebook\n\n"


class NotebookFailed(AssertionError):
    pass


def run_notebook(path: Path, timeout: float = CELL_TIMEOUT_S):
    """Execute the notebook at path in a fresh python3 kernel started in the repository root;
    return it with its outputs, or raise NotebookFailed naming the notebook and the cell."""
    notebook = jupytext.read(path)
    current: dict[str, int] = {}
    client = nbclient.NotebookClient(
        notebook, timeout=timeout, kernel_name="python3", allow_errors=False,
        resources={"metadata": {"path": str(ROOT)}},
        on_cell_execute=lambda cell, cell_index: current.update(index=cell_index),
    )
    try:
        client.execute()
    except Exception as error:  # CellExecutionError, CellTimeoutError, DeadKernelError
        index = current.get("index", -1)
        first_line = notebook.cells[index].source.partition("\n")[0] if index >= 0 else ""
        name = getattr(error, "ename", type(error).__name__)
        value = getattr(error, "evalue", "") or str(error).strip().splitlines()[-1]
        raise NotebookFailed(f"{path.name}: cell {index} ({first_line!r}) failed: "
                             f"{name}: {value}") from None
    for index, cell in enumerate(notebook.cells):
        if "raises-exception" not in cell.metadata.get("tags", []):
            continue
        expected = cell.metadata.get("raises")
        raised = [out.ename for out in cell.get("outputs", []) if out.output_type == "error"]
        where = f"{path.name}: cell {index} ({cell.source.partition(chr(10))[0]!r})"
        if not expected:
            raise NotebookFailed(f"{where}: tagged raises-exception without raises=\"Name\"")
        if raised != [expected]:
            raise NotebookFailed(f"{where}: expected {expected}, raised {raised or 'nothing'}")
    return notebook


def chapters() -> list[str]:
    """The chapter pages that are written (not stubs), in nav order."""
    nav = re.findall(r"^      - \"§0\.\d+ [^\"]+\": (\w+)\.md$",
                     (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    return [stem for stem in nav
            if "Not yet written" not in (DOCS / f"{stem}.md").read_text(encoding="utf-8")]


@pytest.mark.timeout(300)
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_runs_and_its_tagged_cells_raise_what_they_name(path: Path):
    notebook = run_notebook(path)
    assert any(cell.get("outputs") for cell in notebook.cells)


@pytest.mark.parametrize("chapter", chapters())
def test_every_written_chapter_has_a_notebook_linked_both_ways(chapter: str):
    notebook = DOCS / "notebooks" / f"{chapter}.py"
    assert notebook.is_file(), f"no docs/notebooks/{chapter}.py"
    source = notebook.read_text(encoding="utf-8")
    assert f"](../../{chapter}/)" in source, "the notebook links to its chapter"
    assert f"]({chapter}.ipynb)" in source, "the notebook offers its .ipynb"
    last_line = (DOCS / f"{chapter}.md").read_text(encoding="utf-8").rstrip().splitlines()[-1]
    assert f"](notebooks/{chapter}.py)" in last_line, "the chapter ends with a link to it"
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert f": notebooks/{chapter}.py\n" in nav, "the notebook is in the nav"


def write_notebook(folder: Path, body: str, name: str = "scratch.py") -> Path:
    path = folder / name
    path.write_text(HEADER + textwrap.dedent(body), encoding="utf-8")
    return path


@pytest.mark.timeout(120)
def test_a_failing_cell_fails_naming_the_notebook_and_the_cell(tmp_path: Path):
    path = write_notebook(tmp_path, "# %%\nprint('fine')\n\n# %%\nanswer = 1 / 0\n")
    with pytest.raises(NotebookFailed, match=r"^scratch\.py: cell 2 \('answer = 1 / 0'\) "
                                             r"failed: ZeroDivisionError: division by zero$"):
        run_notebook(path)


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("cell", "complaint"), [
    ("# %% tags=[\"raises-exception\"] raises=\"ValueError\"\n{}['key']\n",
     "expected ValueError, raised ['KeyError']"),
    ("# %% tags=[\"raises-exception\"] raises=\"ValueError\"\nprint('no error')\n",
     "expected ValueError, raised nothing"),
    ("# %% tags=[\"raises-exception\"]\n{}['key']\n", "without raises="),
])
def test_a_tagged_cell_must_raise_the_error_it_names(tmp_path: Path, cell: str, complaint: str):
    with pytest.raises(NotebookFailed, match=re.escape(complaint)):
        run_notebook(write_notebook(tmp_path, cell))


@pytest.mark.timeout(120)
def test_a_tagged_cell_raising_its_error_passes(tmp_path: Path):
    cell = "# %% tags=[\"raises-exception\"] raises=\"KeyError\"\n{}['key']\n\n# %%\nprint(2)\n"
    notebook = run_notebook(write_notebook(tmp_path, cell))
    assert notebook.cells[-1].outputs[0].text == "2\n"  # the cells after it ran


@pytest.mark.timeout(120)
def test_a_hung_cell_fails_by_the_cell_timeout(tmp_path: Path):
    path = write_notebook(tmp_path, "# %%\nimport time\ntime.sleep(600)\n")
    with pytest.raises(NotebookFailed, match=r"cell 1 \('import time'\) failed: CellTimeoutError"):
        run_notebook(path, timeout=2)


# --- mkdocs build: a small site with the real mkdocs-jupyter settings and hook ---------------

def jupyter_plugin_settings() -> str:
    """The `- mkdocs-jupyter:` entry of mkdocs.yml, as written there."""
    found = re.search(r"^  - mkdocs-jupyter:\n(?:      .*\n)+",
                      (ROOT / "mkdocs.yml").read_text(encoding="utf-8"), re.MULTILINE)
    assert found, "mkdocs.yml has no mkdocs-jupyter plugin entry"
    return found.group()


def build_small_site(site: Path, notebook: str, hook: bool = True,
                     env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    (site / "docs" / "notebooks").mkdir(parents=True, exist_ok=True)
    (site / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (site / "docs" / "notebooks" / "scratch.py").write_text(HEADER + textwrap.dedent(notebook),
                                                            encoding="utf-8")
    hooks = f"hooks:\n  - {ROOT / 'docs' / 'hooks' / 'notebooks.py'}\n" if hook else ""
    (site / "mkdocs.yml").write_text(
        "site_name: scratch\nplugins:\n" + jupyter_plugin_settings() + hooks
        + "nav:\n  - index.md\n  - notebooks/scratch.py\n", encoding="utf-8")
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", "site"],
        cwd=site, capture_output=True, text=True, timeout=240,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})})


def page(site: Path) -> str:
    return (site / "site" / "notebooks" / "scratch" / "index.html").read_text(encoding="utf-8")


needs_mkdocs = pytest.mark.skipif(not all(map(__import__("importlib").util.find_spec,
                                              ("mkdocs", "mkdocs_jupyter"))),
                                  reason="mkdocs-jupyter is in the docs group")


@needs_mkdocs
@pytest.mark.timeout(300)
def test_build_executes_notebooks_and_accepts_only_tagged_errors(tmp_path: Path):
    good = build_small_site(tmp_path / "good", """\
        # %% tags=["raises-exception"] raises="KeyError"
        {}["key"]

        # %%
        print("built", 6 * 7)
        """)
    assert good.returncode == 0, good.stderr
    assert "built 42" in page(tmp_path / "good")
    assert (tmp_path / "good" / "site" / "notebooks" / "scratch" / "scratch.ipynb").is_file()
    bad = build_small_site(tmp_path / "bad", "# %%\nprint('fine')\n\n# %%\nanswer = 1 / 0\n")
    assert bad.returncode != 0
    assert "ZeroDivisionError" in bad.stderr


@needs_mkdocs
@pytest.mark.timeout(300)
def test_build_fails_on_a_hung_cell(tmp_path: Path):
    run = build_small_site(tmp_path, "# %%\nimport time\ntime.sleep(600)\n",
                           env={"NOTEBOOK_CELL_TIMEOUT": "3"})
    assert run.returncode != 0
    assert "CellTimeoutError" in run.stderr


@needs_mkdocs
@pytest.mark.timeout(300)
@pytest.mark.parametrize("hook", [True, False], ids=["with-hook", "without-hook"])
def test_build_cache_follows_a_changed_example(tmp_path: Path, hook: bool):
    notebook = "# %%\nprint(open('examples/value.txt').read())\n"
    (tmp_path / "examples").mkdir()
    shown = []
    for value in ("first value", "second value"):
        (tmp_path / "examples" / "value.txt").write_text(value, encoding="utf-8")
        run = build_small_site(tmp_path, notebook, hook=hook)
        assert run.returncode == 0, run.stderr
        shown.append("second value" in page(tmp_path))
    # mkdocs-jupyter's own cache key ignores the example, and serves the first output again.
    assert shown == ([False, True] if hook else [False, False])
