"""Promises that are not code blocks: layout, house rules, navigation, the strict build."""

import ast
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.harness import DOCS, ROOT
from tests.harness.config import mkdocs_config
from tests.harness.site import build_site, needs_mkdocs, write_small_site

EXAMPLES = sorted(p for p in (ROOT / "examples").glob("*/*.py") if p.name != "__init__.py")
# The benchmark package's machinery (registry, schema, renderers, runner): not reader programs;
# nor is the timeline package (recorder, lessons, renderer: tests/timelines holds it to account).
PROGRAMS = [p for p in EXAMPLES if p.parent.name != "timelines"
            and (p.parent.name != "benchmarks" or "def measure(" in p.read_text("utf-8")
                 or p.stem in {"run", "render"})]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_example_is_on_its_page_and_has_a_test(example: Path):
    chapter, concept = example.parent.name, example.stem
    if chapter == "timelines":
        pytest.skip("machinery of the timeline package, tested by tests/timelines")
    if chapter == "benchmarks":  # the benchmark package: its machinery, and one module each
        if "def measure(" not in example.read_text("utf-8"):
            pytest.skip("machinery of the benchmark package, tested by tests/benchmarks")
        named = [page.name for page in DOCS.glob("*.md")
                 if f"benchmarks/{example.name}" in page.read_text("utf-8")]
        assert named, "a benchmark no page names"
    else:
        page = DOCS / f"{chapter}.md"
        assert f'--8<-- "{chapter}/{example.name}' in page.read_text("utf-8"), \
            f"not on {page.name}"
    # A deliberate before/after pair (the notes' version) shares its test with the fixed one.
    tests = ROOT / "tests" / chapter
    assert {f"test_{concept}.py", f"test_{concept.removesuffix('_notes')}.py"} & {
        p.name for p in tests.glob("test_*.py")}, f"no tests/{chapter}/test_{concept}.py"


@pytest.mark.parametrize("example", PROGRAMS, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_example_is_a_complete_program(example: Path):
    tree = ast.parse(example.read_text("utf-8"))
    assert ast.get_docstring(tree), "needs a module docstring saying what it demonstrates"
    functions = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    assert "main" in functions, "needs a main()"
    guard = tree.body[-1]
    assert isinstance(guard, ast.If), "must end with an `if __name__ == \"__main__\":` guard"
    assert ast.unparse(guard.test) == "__name__ == '__main__'"
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef):
            assert node.returns is not None, f"{node.name}() needs a return annotation"


def test_nav_lists_all_fifteen_sections():
    chapters = next(item["Chapters"] for item in mkdocs_config()["nav"] if "Chapters" in item)
    titles = [next(iter(entry)) for entry in chapters]
    assert [t.split()[0] for t in titles] == [f"§0.{n}" for n in range(1, 16)]
    for entry in chapters:
        assert (DOCS / next(iter(entry.values()))).is_file()


def test_home_page_table_comes_from_the_results(tmp_path: Path):
    # The page types no versions: the hook writes the table from the results manifests.
    import json

    from tests.test_manifest import hook, sample_manifest

    index = (DOCS / "index.md").read_text("utf-8")
    assert hook.MARKER in index
    assert not re.search(r"^\| (Linux|macOS|Windows)\b", index, re.MULTILINE), "a typed table"
    ran = [("Linux", "3.11"), ("Linux", "3.14t"), ("Windows", "3.13")]
    for os_name, label in ran:
        (tmp_path / f"{os_name}-{label}.json").write_text(
            json.dumps(sample_manifest(os_name, label)), encoding="utf-8")
    rows = re.findall(r"^\| (\w+) \| (\S+) \(", hook.matrix_table(hook.load_manifests(tmp_path)),
                      re.MULTILINE)
    assert sorted(rows) == sorted(ran)
    assert "not yet" in hook.matrix_table(hook.load_manifests(tmp_path / "none")).lower()


@pytest.mark.skipif(shutil.which("ruff") is None, reason="ruff is in the dev group")
def test_examples_and_tests_are_ruff_clean():
    run = subprocess.run(["ruff", "check", "examples", "tests"], cwd=ROOT, capture_output=True,
                         text=True, encoding="utf-8", timeout=60)
    assert run.returncode == 0, run.stdout


@needs_mkdocs
@pytest.mark.parametrize(("target", "complaint"), [
    ("no-such-page.md", "no-such-page.md"),
    ("other.md#no-such-heading", "no-such-heading"),
])
def test_strict_build_fails_on_a_broken_link_or_anchor(tmp_path: Path, target: str, complaint: str):
    # A small site with the guide's validation settings: what fails it would fail the guide.
    config = write_small_site(tmp_path, {"index.md": f"# Home\n\nSee [this]({target}).\n",
                                         "other.md": "# Other\n\n## A heading\n"})
    run = build_site(config, tmp_path / "site", timeout=120)
    assert run.returncode != 0
    assert complaint in run.stderr
