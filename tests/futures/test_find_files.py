import os
from pathlib import Path

import pytest

from examples.futures import find_files, find_files_notes


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    find_files.make_tree(tmp_path)
    (tmp_path / "pkg" / "deep" / "more").mkdir()
    (tmp_path / "pkg" / "deep" / "more" / "last.py").write_text("", encoding="utf-8")
    return tmp_path


@pytest.mark.timeout(30)
def test_notes_loop_never_requeues_and_matches_too_much(tree: Path):
    found, requeued = find_files_notes.search(tree, ".py")
    names = {p.relative_to(tree).as_posix() for p in found}
    assert requeued == 0  # exception() waited for every future: the else branch is dead
    assert "__pycache__/app.cpython-313.pyc" in names
    assert {".pyenv", ".pyenv/version"} <= names
    assert "docs/readme.md" not in names


@pytest.mark.timeout(30)
def test_fixed_search_matches_rglob_and_os_walk(tree: Path):
    found, errors = find_files.find_files(tree, ".py")
    walked = sorted(Path(d, f) for d, _, files in os.walk(tree)
                    for f in files if f.endswith(".py"))
    assert errors == []
    assert found == sorted(tree.rglob("*.py")) == walked
    assert {p.relative_to(tree).as_posix() for p in found} == {
        "app.py", "pkg/__init__.py", "pkg/util.py", "pkg/deep/script.py", "pkg/deep/more/last.py"}


@pytest.mark.timeout(30)
def test_fixed_search_reports_unreadable_directories(tree: Path, monkeypatch):
    real_scan = find_files.scan

    def scan(directory: Path, suffix: str):
        if directory.name == "deep":
            raise PermissionError(13, "denied", str(directory))
        return real_scan(directory, suffix)

    monkeypatch.setattr(find_files, "scan", scan)
    found, errors = find_files.find_files(tree, ".py")
    assert errors == [f"PermissionError: {tree / 'pkg' / 'deep'}"]
    assert {p.name for p in found} == {"app.py", "__init__.py", "util.py"}
