"""The companion notebooks (docs/notebooks/*.py, jupytext percent format).

They run in one place only: the session's `mkdocs build --strict` (the ``built_site`` fixture),
through mkdocs-jupyter and docs/hooks/notebooks.py, which bounds every cell in time and holds each
cell tagged `raises-exception` to the exception its `raises` metadata names. The tests here check
that build's pages, and check the hook itself on small sites built with the real plugin settings.
mkdocs-jupyter runs a kernel in the site's folder (0.26) or in the notebook's own folder (0.27,
the version installed on Python >= 3.12); the small sites check each line where it is installed,
and .ci/run builds the real site with both.
"""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import re
import sys
import textwrap
import tomllib
from pathlib import Path

import pytest
import yaml

from tests.harness import DOCS, ROOT
from tests.harness.config import mkdocs_config
from tests.harness.site import build_site, needs_jupyter, needs_mkdocs

NOTEBOOKS = sorted((DOCS / "notebooks").glob("*.py"))
HEADER = "# %% [markdown]\n# # A test notebook\n\n"


def chapters() -> list[str]:
    """The chapter pages of the nav's "Chapters" and "Beyond the notes" sections that have an
    examples folder of their own."""
    stems = []
    for section in mkdocs_config()["nav"]:
        for entries in section.values():
            if isinstance(entries, list):
                stems += [Path(page).stem for entry in entries for page in entry.values()
                          if page.endswith(".md")]
    return [stem for stem in stems if (ROOT / "examples" / stem).is_dir()]


@needs_mkdocs
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda path: path.stem)
def test_notebook_page_shows_executed_cells_and_offers_the_ipynb(path: Path, built_site: Path):
    folder = built_site / "notebooks" / path.stem
    page = (folder / "index.html").read_text(encoding="utf-8")
    assert "jp-OutputArea-output" in page, "no cell output: the notebook was not executed"
    assert (folder / f"{path.stem}.ipynb").is_file()


@pytest.mark.parametrize("chapter", chapters())
def test_every_chapter_has_a_notebook_linked_both_ways(chapter: str):
    notebook = DOCS / "notebooks" / f"{chapter}.py"
    assert notebook.is_file(), f"no docs/notebooks/{chapter}.py"
    source = notebook.read_text(encoding="utf-8")
    assert f"](../../{chapter}/)" in source, "the notebook links to its chapter"
    assert f"]({chapter}.ipynb)" in source, "the notebook offers its .ipynb"
    last_line = (DOCS / f"{chapter}.md").read_text(encoding="utf-8").rstrip().splitlines()[-1]
    assert f"](notebooks/{chapter}.py)" in last_line, "the chapter ends with a link to it"
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert f": notebooks/{chapter}.py\n" in nav, "the notebook is in the nav"


def _imported_top_names(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.partition(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module.partition(".")[0])
    return names


def _dependency_names() -> set[str]:
    """The distributions pyproject.toml names, and the modules they install where installed."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    requirements = [item for group in project.get("dependency-groups", {}).values()
                    for item in group if isinstance(item, str)]
    names = {re.split(r"[\s<>=!~;\[]", item, maxsplit=1)[0].lower().replace("-", "_")
             for item in requirements}
    modules = set(names)
    for distribution in importlib.metadata.distributions():
        for file in distribution.files or []:
            top = file.parts[0] if file.parts else ""
            if top.endswith(".py"):
                modules.add(top[:-3])
            elif "." not in top and top != "__pycache__":
                modules.add(top)
    return modules


def test_no_notebook_or_hook_shadows_a_module():
    # A kernel started in docs/notebooks/ (mkdocs-jupyter 0.27, or a reader's Jupyter) imports
    # from that folder first: a notebook named like a module hides the module. MkDocs puts a
    # hook's folder on sys.path too.
    adjacent = sorted((DOCS / "notebooks").glob("*.py")) + sorted((DOCS / "hooks").glob("*.py"))
    imported = set().union(*map(_imported_top_names, NOTEBOOKS))
    taken = set(sys.stdlib_module_names) | imported | _dependency_names()
    shadowing = {path.relative_to(ROOT).as_posix() for path in adjacent
                 if path.stem in taken or importlib.util.find_spec(path.stem) is not None}
    assert not shadowing, f"named like an importable module: {sorted(shadowing)}"


# --- the hook on small sites, with the real mkdocs-jupyter settings ---------------------------

def small_notebook_site(site: Path, notebook: str, files: dict[str, str] | None = None) -> Path:
    """A site of one page and one notebook, with the guide's mkdocs-jupyter entry and hook."""
    plugin = next(entry for entry in mkdocs_config()["plugins"]
                  if isinstance(entry, dict) and "mkdocs-jupyter" in entry)
    settings = plugin["mkdocs-jupyter"]
    (site / "docs" / "notebooks").mkdir(parents=True, exist_ok=True)
    (site / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (site / "docs" / "notebooks" / "scratch.py").write_text(
        HEADER + textwrap.dedent(notebook), encoding="utf-8")
    for name, text in (files or {}).items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(textwrap.dedent(text), encoding="utf-8")
    config = site / "mkdocs.yml"
    config.write_text(yaml.safe_dump({
        "site_name": "scratch", "plugins": [{"mkdocs-jupyter": settings}],
        "hooks": [(ROOT / "docs" / "hooks" / "notebooks.py").as_posix()],
        "nav": ["index.md", "notebooks/scratch.py"]}), encoding="utf-8")
    return config


def built_page(site: Path) -> str:
    return (site / "site" / "notebooks" / "scratch" / "index.html").read_text(encoding="utf-8")


def kernel_folder(site: Path) -> Path:
    """Where this mkdocs-jupyter starts a notebook's kernel."""
    version = tuple(int(p) for p in importlib.metadata.version("mkdocs-jupyter").split(".")[:2])
    return site / "docs" / "notebooks" if version >= (0, 27) else site


@needs_jupyter
@pytest.mark.timeout(300)
def test_build_runs_a_notebook_quietly_in_the_versions_folder(tmp_path: Path):
    config = small_notebook_site(tmp_path, """\
        # %% tags=["raises-exception"] raises="KeyError"
        {}["key"]

        # %%
        import multiprocessing
        import os
        from pathlib import Path

        print("built", 6 * 7, "in", Path.cwd().as_posix())
        child = multiprocessing.get_context("spawn").Process(target=print, args=("by a child",))
        child.start()
        child.join()
        """)
    run = build_site(config, tmp_path / "site")
    assert run.returncode == 0, run.stderr
    page = built_page(tmp_path)
    assert f"built 42 in {kernel_folder(tmp_path).resolve().as_posix()}" in page
    assert (tmp_path / "site" / "notebooks" / "scratch" / "scratch.ipynb").is_file()
    console = run.stdout + run.stderr
    assert "Kernel is running" not in console, console
    assert "by a child" not in console, console
    assert "by a child" in page + (tmp_path / ".cache/mkdocs-jupyter/kernels.log").read_text(
        encoding="utf-8")


@needs_jupyter
@pytest.mark.timeout(300)
@pytest.mark.parametrize(("cell", "complaint"), [
    ("# %%\nprint('fine')\n\n# %%\nanswer = 1 / 0\n", "ZeroDivisionError"),
    ("# %% tags=[\"raises-exception\"] raises=\"ValueError\"\n{}['key']\n",
     "cell 1 (\"{}['key']\"): expected ValueError, raised ['KeyError']"),
], ids=["failing-cell", "wrong-exception"])
def test_build_fails_naming_the_notebook_and_cell(tmp_path: Path, cell: str, complaint: str):
    run = build_site(small_notebook_site(tmp_path, cell), tmp_path / "site")
    assert run.returncode != 0
    assert "notebooks/scratch.py" in run.stderr
    assert complaint in run.stderr


@needs_jupyter
@pytest.mark.timeout(300)
def test_build_fails_on_a_hung_cell(tmp_path: Path):
    config = small_notebook_site(tmp_path, "# %%\nimport time\ntime.sleep(600)\n")
    run = build_site(config, tmp_path / "site", env={"NOTEBOOK_CELL_TIMEOUT": "3"})
    assert run.returncode != 0
    assert "CellTimeoutError" in run.stderr


@needs_jupyter
@pytest.mark.timeout(300)
def test_build_cache_follows_the_examples_a_notebook_imports(tmp_path: Path):
    files = {"examples/__init__.py": "", "examples/used.py": "VALUE = 'first'\n",
             "examples/unused.py": "VALUE = 'other'\n", "uv.lock": "locked\n"}
    config = small_notebook_site(
        tmp_path, "# %%\nfrom examples.used import VALUE\nprint('value is', VALUE)\n", files)
    env = {"PYTHONPATH": str(tmp_path)}

    def build() -> tuple[bool, str]:
        run = build_site(config, tmp_path / "site", env=env)
        assert run.returncode == 0, run.stderr
        return "Cache miss" in run.stderr + run.stdout, built_page(tmp_path)

    assert build()[0]  # first build: executed
    (tmp_path / "examples" / "unused.py").write_text("VALUE = 'changed'\n", encoding="utf-8")
    executed, page = build()
    assert not executed  # an unrelated example changed: served from the cache
    assert "value is first" in page
    (tmp_path / "examples" / "used.py").write_text("VALUE = 'second'\n", encoding="utf-8")
    executed, page = build()
    assert executed  # the imported example changed: executed again
    assert "value is second" in page
