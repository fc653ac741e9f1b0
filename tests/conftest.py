"""pytest wiring for the harness (tests/harness/): one test per code block of every page, the
fixtures the chapter tests use, and the one strict build of the site that the site tests share."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.harness import ROOT, Run, all_pages, collect_blocks, run_command
from tests.harness.runs import DEFAULT_TIMEOUT
from tests.harness.site import HAS_MKDOCS, build_site, serve
from tests.harness.verdict import block_timeout


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


@pytest.fixture
def run_example():
    """Run an example file as a reader does: ``run_example("threads/join.py", stdin=...)``."""
    def run(relative: str, *args: str, stdin: str | None = None,
            timeout: float = DEFAULT_TIMEOUT) -> Run:
        path = ROOT / "examples" / relative
        return run_command([sys.executable, str(path), *args], stdin=stdin, timeout=timeout)
    return run


@pytest.fixture(scope="session")
def _served_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    folder = tmp_path_factory.mktemp("site")
    with serve(folder) as url:
        yield url, folder


@pytest.fixture(scope="session")
def built_site(_served_folder: tuple[str, Path]) -> Path:
    """The session's one `mkdocs build --strict` of the real site (notebooks executed), its
    site_url set to where it is served (Material's instant navigation only intercepts links
    under site_url). Every test that looks at the built site uses this one."""
    if not HAS_MKDOCS:
        pytest.skip("mkdocs is in the docs group")
    url, folder = _served_folder
    run = build_site(ROOT / "mkdocs.yml", folder, site_url=url)
    assert run.returncode == 0, run.stderr
    return folder


@pytest.fixture(scope="session")
def site_url(built_site: Path, _served_folder: tuple[str, Path]) -> str:
    return _served_folder[0]
