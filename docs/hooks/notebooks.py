"""MkDocs hook: what mkdocs-jupyter does not do by itself for the companion notebooks.

1. A per-cell time limit. mkdocs-jupyter (0.26, 0.27) has no option for it and nbclient's default
   is no limit at all, so one hung cell would hang the build. Every cell gets CELL_TIMEOUT_S
   seconds (override with NOTEBOOK_CELL_TIMEOUT); a cell past it fails the build.
2. Cells that fail on purpose fail as promised. A cell tagged `raises-exception` may fail (nbclient
   lets it); here it must also raise exactly the exception its `raises` metadata names, or the
   build fails naming the notebook and the cell. This is the only place the notebooks are run:
   the tests check the pages of the session's one build.
3. A cache that cannot go stale, and is not thrown away by another site. mkdocs-jupyter caches each
   executed page under a key made of the notebook's own bytes and the plugin's options, so after
   an example changed it would serve the old output. The key here also covers the example modules
   the notebook imports (and what they import from examples/), uv.lock and the interpreter: editing
   one example re-runs only the notebooks that use it. The cache lives beside the site's
   mkdocs.yml (mkdocs-jupyter's default is relative to the working directory, where every other
   site built from there would evict its entries).
4. A quiet console. A kernel's own messages (ipykernel's "running over TCP without encryption"
   notice) and whatever a notebook's child processes write outside a cell go to
   .cache/mkdocs-jupyter/kernels.log, not to the terminal that runs `mkdocs serve`; and
   mkdocs-jupyter's three INFO lines per notebook become one line per build ("Notebooks: 19,
   executed 1, from the cache 18"). `mkdocs serve -v` shows them all.
5. The .ipynb download: each notebook page gets `<name>.ipynb` beside it, converted from the
   percent-format source (without outputs: the page shows the outputs of the build).
6. A light page. mkdocs-jupyter inlines JupyterLab's whole stylesheet (about 570 KB) into every
   notebook page, before the content. It is written once to assets/stylesheets/jupyterlab.css
   instead, without the rules for classes that no notebook page uses and the variables that no
   rule uses: about 4 KB with gzip, shared by all notebook pages.
7. Not in the search. A notebook page repeats its chapter's ideas; in the search index it would
   double the results (and about 100 KB of the index). Each is marked `search: exclude: true`,
   as a page's front matter would.
8. No build machine's paths. A cell that fails on purpose shows a traceback whose frames name the
   build's interpreter (/root/.pyenv/versions/3.11.7/lib/python3.11/...); the page shows
   .../lib/python3.11/... instead, the part a reader's own traceback shares.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import logging
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

import jupytext
from jupyter_client import AsyncKernelManager
from mkdocs.exceptions import PluginError
from mkdocs_jupyter import nbconvert2
from mkdocs_jupyter import plugin as jupyter_plugin
from nbconvert.exporters import HTMLExporter
from nbconvert.preprocessors import ExecutePreprocessor

CELL_TIMEOUT_S = 60
CACHE = Path(".cache") / "mkdocs-jupyter"  # relative to the folder of mkdocs.yml


def cell_timeout() -> int:
    return int(os.environ.get("NOTEBOOK_CELL_TIMEOUT", CELL_TIMEOUT_S))


def imported_examples(source: str, root: Path) -> set[Path]:
    """The files under examples/ that code imports, directly or through one another."""
    found: set[Path] = set()
    pending = [source]
    while pending:
        try:
            tree = ast.parse(pending.pop())
        except SyntaxError:  # a cell with IPython syntax: the build reports it, not this
            continue
        for node in ast.walk(tree):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import) else
                     [node.module] if isinstance(node, ast.ImportFrom) and node.module else [])
            for name in names:
                if not name.startswith("examples."):
                    continue
                parts = name.split(".")
                for depth in range(2, len(parts) + 1):  # each package on the way, and the module
                    base = root.joinpath(*parts[:depth])
                    for path in (base.with_suffix(".py"), base / "__init__.py"):
                        if path.is_file() and path not in found:
                            found.add(path)
                            pending.append(path.read_text(encoding="utf-8"))
    return found


def inputs_digest(notebook: Path, root: Path) -> str:
    """One hash of what a notebook's output depends on besides its own text: the example
    modules it imports, the locked dependencies, and the interpreter."""
    code = "\n".join(cell.source for cell in jupytext.read(notebook).cells
                     if cell.cell_type == "code")
    digest = hashlib.sha256(f"{sys.version}|{platform.platform()}".encode())
    inputs = [*sorted(imported_examples(code, root)), root / "uv.lock"]
    for path in inputs:
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()


def tagged_cell_problems(notebook) -> list[str]:  # noqa: ANN001
    """What is wrong with the cells tagged raises-exception of an executed notebook."""
    problems = []
    for index, cell in enumerate(notebook.cells):
        if "raises-exception" not in cell.metadata.get("tags", []):
            continue
        expected = cell.metadata.get("raises")
        raised = [out.ename for out in cell.get("outputs", []) if out.output_type == "error"]
        where = f"cell {index} ({cell.source.partition(chr(10))[0]!r})"
        if not expected:
            problems.append(f"{where}: tagged raises-exception without raises=\"Name\"")
        elif raised != [expected]:
            problems.append(f"{where}: expected {expected}, raised {raised or 'nothing'}")
    return problems


class CheckedExecutePreprocessor(ExecutePreprocessor):
    """nbconvert's executor, which then holds the tagged cells to what they promise."""

    def preprocess(self, nb, resources=None, km=None):  # noqa: ANN001, ANN201
        nb, resources = super().preprocess(nb, resources, km)
        problems = tagged_cell_problems(nb)
        if problems:
            raise PluginError("a notebook's cell did not fail as its tags say: "
                              + "; ".join(problems))
        return nb, resources


class QuietKernelManager(AsyncKernelManager):
    """Starts each kernel with its stdout and stderr in a log file instead of the console."""

    log_path: Path | None = None

    async def _async_launch_kernel(self, kernel_cmd, **kw):  # noqa: ANN001, ANN003, ANN202
        if self.log_path is not None:
            self.log_path.parent.mkdir(parents=True, exist_ok=True)
            log = self.log_path.open("a", encoding="utf-8")  # the kernel holds it open
            kw.update(stdout=log, stderr=subprocess.STDOUT)
        return await super()._async_launch_kernel(kernel_cmd, **kw)


def _executor_list() -> list:
    """The exporter's default preprocessors, with the executor replaced by the checked one."""
    defaults = HTMLExporter().default_preprocessors
    return [CheckedExecutePreprocessor if "ExecutePreprocessor" in str(item) else item
            for item in defaults]


class _NotebookLog(logging.Filter):
    """Holds back mkdocs-jupyter's per-notebook INFO lines (unless MkDocs is verbose) and counts
    what they report."""

    def __init__(self) -> None:
        super().__init__()
        self.executed = self.cached = 0

    def filter(self, record: logging.LogRecord) -> bool:
        message = str(record.msg)
        self.executed += message.startswith("Cache miss")
        self.cached += message.startswith("Cache hit")
        verbose = logging.getLogger("mkdocs").getEffectiveLevel() <= logging.DEBUG
        return record.levelno > logging.INFO or verbose


NOTEBOOK_LOG = _NotebookLog()
for _name in ("mkdocs.plugins.mkdocs_jupyter", "mkdocs.mkdocs-jupyter"):
    _logger = logging.getLogger(_name)
    for _old in [f for f in _logger.filters if type(f).__name__ == "_NotebookLog"]:
        _logger.removeFilter(_old)  # `mkdocs serve` loads the hook again at every rebuild
    _logger.addFilter(NOTEBOOK_LOG)


def on_pre_build(config) -> None:  # noqa: ANN001
    NOTEBOOK_LOG.executed = NOTEBOOK_LOG.cached = 0


def on_config(config):  # noqa: ANN001, ANN201
    for module, name in ((nbconvert2, "get_nbconvert_app"), (jupyter_plugin, "_compute_cache_key")):
        if not callable(getattr(module, name, None)):
            raise PluginError(f"docs/hooks/notebooks.py: mkdocs_jupyter has no {name}() to wrap; "
                              "check this hook against the installed mkdocs-jupyter")
    root = Path(config.config_file_path).resolve().parent
    plugin = config.plugins.get("mkdocs-jupyter")
    if plugin is not None and not Path(plugin.config["cache_dir"]).is_absolute():
        plugin.config["cache_dir"] = str(root / CACHE)
    QuietKernelManager.log_path = root / CACHE / "kernels.log"
    make_app = getattr(nbconvert2.get_nbconvert_app, "__wrapped__", nbconvert2.get_nbconvert_app)
    cache_key = getattr(jupyter_plugin._compute_cache_key, "__wrapped__",
                        jupyter_plugin._compute_cache_key)

    @functools.wraps(make_app)
    def get_nbconvert_app(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        app = make_app(*args, **kwargs)
        app.config["ExecutePreprocessor"]["timeout"] = cell_timeout()
        app.config["ExecutePreprocessor"]["kernel_manager_class"] = QuietKernelManager
        app.config["HTMLExporter"]["default_preprocessors"] = _executor_list()
        return app

    @functools.wraps(cache_key)
    def compute_cache_key(nb_path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        return hashlib.sha256(
            f"{cache_key(nb_path, *args, **kwargs)}|{inputs_digest(Path(nb_path), root)}"
            f"|{cell_timeout()}".encode()).hexdigest()

    nbconvert2.get_nbconvert_app = get_nbconvert_app
    jupyter_plugin._compute_cache_key = compute_cache_key
    return config


# The <style> that holds JupyterLab's stylesheet: the one that starts with its palette.
JUPYTERLAB_STYLE = re.compile(r'<style type="text/css">\s*(@charset "UTF-8";\.jupyter-wrapper\{'
                              r"--md-red-50.*?)</style>", re.DOTALL)
STYLESHEET = "assets/stylesheets/jupyterlab.css"


CLASS = re.compile(r"\.([A-Za-z_][\w-]*)")
_seen: dict[str, object] = {"css": None, "classes": set(), "other_css": set()}


def link_stylesheet(output: str, page) -> str:  # noqa: ANN001
    match = JUPYTERLAB_STYLE.search(output)
    if not match:
        return output
    _seen["css"] = match.group(1)
    href = "../" * page.url.count("/") + STYLESHEET
    # In <head>, so that a first visit loads it beside the theme's stylesheets, and where the
    # inline copy was, so that instant navigation (which swaps the content only) loads it too.
    link = f'<link rel="stylesheet" href="{href}">'
    output = output[:match.start()] + link + output[match.end():]
    output = output.replace("</head>", f"{link}\n</head>", 1)
    for names in re.findall(r'class="([^"]*)"', output):
        _seen["classes"].update(names.split())
    # The page's other styles (mkdocs-jupyter's theme) use variables this stylesheet defines.
    _seen["other_css"].update(re.findall(r"<style[^>]*>(.*?)</style>", output, re.DOTALL))
    return output


def _rules(css: str) -> list[tuple[str, str]]:
    """Top-level (selector, body) pairs of a stylesheet; bodies may hold nested rules."""
    rules, start = [], 0
    while (brace := css.find("{", start)) >= 0:
        depth, end = 1, brace + 1
        while depth and end < len(css):
            depth += {"{": 1, "}": -1}.get(css[end], 0)
            end += 1
        rules.append((css[start:brace].strip(), css[brace + 1:end - 1]))
        start = end
    return rules


def purge(css: str, classes: set[str]) -> str:
    """Keep a rule if one of its selectors names only classes that some page uses."""
    kept = []
    for selector, body in _rules(css):
        if selector.startswith(("@media", "@supports", "@layer")):
            inner = purge(body, classes)
            if inner:
                kept.append(f"{selector}{{{inner}}}")
        elif selector.startswith("@") or any(
                set(CLASS.findall(part)) <= classes for part in selector.split(",")):
            kept.append(f"{selector}{{{body}}}")
    return "".join(kept)


# A custom property's value may hold ";" inside quotes or parentheses (data: URLs of icons).
CUSTOM_PROPERTY = re.compile(
    r"""(--[\w-]+)\s*:((?:[^;{}"'()]|"[^"]*"|'[^']*'|\((?:[^()]|\([^()]*\))*\))*)(;|(?=\}))""")
VAR = re.compile(r"var\((--[\w-]+)")


def prune_custom_properties(css: str, elsewhere: str = "") -> str:
    """Drop the declarations of CSS variables that neither a kept rule nor the `elsewhere` styles
    use, directly or through another variable (JupyterLab defines about a thousand; its notebook
    view uses a few dozen)."""
    values: dict[str, list[str]] = {}
    for match in CUSTOM_PROPERTY.finditer(css):
        values.setdefault(match.group(1), []).append(match.group(2))
    used = set(VAR.findall(CUSTOM_PROPERTY.sub("", css))) | set(VAR.findall(elsewhere))
    pending = list(used)
    while pending:
        for value in values.get(pending.pop(), []):
            for name in set(VAR.findall(value)) - used:
                used.add(name)
                pending.append(name)
    return CUSTOM_PROPERTY.sub(lambda match: match.group(0) if match.group(1) in used else "",
                               css)


def on_post_build(config) -> None:  # noqa: ANN001
    total = NOTEBOOK_LOG.executed + NOTEBOOK_LOG.cached
    if total:
        logging.getLogger("mkdocs.hooks.notebooks").info(
            "Notebooks: %d, executed %d, from the cache %d", total, NOTEBOOK_LOG.executed,
            NOTEBOOK_LOG.cached)
    if _seen["css"] is not None:
        target = Path(config["site_dir"]) / STYLESHEET
        target.parent.mkdir(parents=True, exist_ok=True)
        css = prune_custom_properties(purge(_seen["css"], _seen["classes"]),
                                      "".join(sorted(_seen["other_css"])))
        target.write_text(css, encoding="utf-8")


def on_post_page(output: str, page, config) -> str:  # noqa: ANN001
    source = Path(page.file.abs_src_path or "")
    if source.suffix == ".py" and isinstance(page.file, jupyter_plugin.NotebookFile):
        output = link_stylesheet(output, page)
        notebook = jupytext.read(source)
        notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3",
                                           "language": "python"}
        target = Path(page.file.abs_dest_path).parent / f"{source.stem}.ipynb"
        target.parent.mkdir(parents=True, exist_ok=True)
        jupytext.write(notebook, target, fmt="ipynb")
    return output


# The folders before an interpreter's library: POSIX .../lib/python3.X[t]/, Windows ...\Lib\.
PRIVATE_PREFIX = re.compile(r"(?:/[^\s\"'<>/]+)+/(lib/python3\.\d+t?/)"
                            r"|[A-Za-z]:\\(?:[^\s\"'<>\\]+\\)*?(Lib\\)")


def neutral_paths(text: str) -> str:
    """`text` with each interpreter's library path cut to .../lib/python3.X/ (or ...\\Lib\\)."""
    return PRIVATE_PREFIX.sub(
        lambda match: f".../{match.group(1)}" if match.group(1) else f"...\\{match.group(2)}",
        text)


def on_page_content(html: str, page, config, files) -> str:  # noqa: ANN001
    if isinstance(page.file, jupyter_plugin.NotebookFile):
        page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
        html = neutral_paths(html)
    return html


def on_page_context(context: dict, page, config, nav) -> dict:  # noqa: ANN001
    """A description of its own for each notebook page (the chapters have one in front matter)."""
    if isinstance(page.file, jupyter_plugin.NotebookFile) and not page.meta.get("description"):
        page.meta["description"] = (f"{page.title}: the chapter's ideas as they behave inside "
                                    "Jupyter, with every cell executed when the site was built.")
    return context
