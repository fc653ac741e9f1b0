"""The `docs` dependency group alone builds the site: it holds whatever the notebooks import.

The build executes every notebook (docs/notebooks/*.py) in a kernel of the docs environment, so a
notebook importing a package that only another group installs (as `distributed` once was, in the
`cluster` group) breaks `uv run --no-dev --group docs mkdocs build` and the Pages build. The check
reads uv.lock, so it runs without the docs toolchain installed.
"""

import ast
import re
import sys
import tomllib
from pathlib import Path

from tests.harness import DOCS, ROOT

NOTEBOOKS = sorted((DOCS / "notebooks").glob("*.py"))
# Import name -> distribution name, where the two differ.
DISTRIBUTIONS = {"yaml": "pyyaml", "zmq": "pyzmq", "IPython": "ipython"}


def normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def docs_closure() -> set[str]:
    """Every package the docs group installs, on any Python, following uv.lock's dependencies."""
    lock = tomllib.loads((ROOT / "uv.lock").read_text(encoding="utf-8"))
    packages: dict[str, list[dict]] = {}
    for package in lock["package"]:
        packages.setdefault(normalise(package["name"]), []).append(package)
    project = packages[normalise("concurrency-guide")][0]
    todo = [normalise(d["name"]) for d in project["dev-dependencies"]["docs"]]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        for version in packages.get(name, []):
            todo += [normalise(d["name"]) for d in version.get("dependencies", [])]
    return seen


def third_party_imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return {n for n in names if n not in sys.stdlib_module_names and n != "examples"}


def test_there_are_notebooks():
    assert len(NOTEBOOKS) >= 15


def test_docs_group_installs_every_notebook_import():
    closure = docs_closure()
    assert {"mkdocs", "mkdocs-jupyter", "ipykernel"} <= closure
    missing = {
        f"{path.name}: {name}"
        for path in NOTEBOOKS for name in third_party_imports(path)
        if normalise(DISTRIBUTIONS.get(name, name)) not in closure
    }
    assert not missing, f"imported by a notebook but not in the docs group: {sorted(missing)}"
