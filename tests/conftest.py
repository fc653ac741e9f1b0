"""pytest wiring for the harness (tests/harness/): one test per code block of every page, the
fixtures the chapter tests use, and the one strict build of the site that the site tests share."""

from __future__ import annotations

import dataclasses
import os
import sys
from pathlib import Path

import pytest

from tests.harness import ROOT, Run, all_pages, collect_blocks, lighthouse, run_command
from tests.harness.runs import DEFAULT_TIMEOUT
from tests.harness.site import HAS_MKDOCS, SiteBuild
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
            if block.files and not block.library and any(
                    m.mark.name == "skipif" and m.mark.args and m.mark.args[0]
                    for m in block.marks):
                # Skipped here (too old a Python, another build): its examples still run, and
                # must say what they need instead of tracing back.
                params.append(pytest.param(dataclasses.replace(block, unsupported=True),
                                           marks=marks[-1:], id=f"{block.where}:unsupported"))
    metafunc.parametrize("block", params)


@pytest.fixture
def run_example():
    """Run an example file as a reader does: ``run_example("threads/join.py", stdin=...)``."""
    def run(relative: str, *args: str, stdin: str | None = None,
            timeout: float = DEFAULT_TIMEOUT) -> Run:
        path = ROOT / "examples" / relative
        return run_command([sys.executable, str(path), *args], stdin=stdin, timeout=timeout)
    return run


def pytest_collection_modifyitems(session: pytest.Session, items: list[pytest.Item]) -> None:
    """Start the site build as soon as the tests are known, if any of them looks at the site,
    and run those tests last: the build (mostly waiting on notebook kernels) runs while the
    other tests do, and the ``built_site`` fixture waits for it."""
    def needs_site(item: pytest.Item) -> bool:
        return "built_site" in getattr(item, "fixturenames", ())

    if HAS_MKDOCS and any(map(needs_site, items)):
        items.sort(key=needs_site)  # stable: the order within each part is kept
        build = session.config.stash[_SITE] = SiteBuild(ROOT / "mkdocs.yml")
        # The Lighthouse audits of the selected pages start when the build is done, in the
        # background (tests/harness/lighthouse.py); their tests, among the last, wait for them.
        pages = [item.callspec.params["path"] for item in items
                 if "lighthouse_audits" in getattr(item, "fixturenames", ())]
        if pages and lighthouse.missing() is None:
            session.config.stash[_LIGHTHOUSE] = lighthouse.Lighthouse(
                lambda: _url_once_built(build), pages)


def _url_once_built(build: SiteBuild) -> str:
    run = build.result()
    if run.returncode != 0:
        raise RuntimeError(f"the site build failed:\n{run.stderr[-4000:]}")
    return build.url


_SITE = pytest.StashKey["SiteBuild"]()
_LIGHTHOUSE = pytest.StashKey["lighthouse.Lighthouse"]()


def pytest_unconfigure(config: pytest.Config) -> None:
    if (audits := config.stash.get(_LIGHTHOUSE, None)) is not None:
        audits.close()
    if (build := config.stash.get(_SITE, None)) is not None:
        build.close()


@pytest.fixture(scope="session")
def built_site(request: pytest.FixtureRequest) -> Path:
    """The session's one `mkdocs build --strict` of the real site (notebooks executed), served on
    127.0.0.1 with site_url set to that address (Material's instant navigation only intercepts
    links under site_url). Every test that looks at the built site uses this one."""
    if not HAS_MKDOCS:
        pytest.skip("mkdocs is in the docs group")
    build = request.config.stash.get(_SITE, None)
    if build is None:  # a test selected in a way collection did not see
        build = request.config.stash[_SITE] = SiteBuild(ROOT / "mkdocs.yml")
    run = build.result()
    assert run.returncode == 0, run.stderr
    return build.folder


@pytest.fixture(scope="session")
def site_url(built_site: Path, request: pytest.FixtureRequest) -> str:
    return request.config.stash[_SITE].url


@pytest.fixture(scope="session")
def lighthouse_audits(built_site: Path, request: pytest.FixtureRequest):
    """``lighthouse_audits("threads/")`` waits for that page's audit (tests/harness/lighthouse.py)
    and returns it. Skipped where Lighthouse or Chromium is missing, except under
    REQUIRE_BROWSER=1 (.ci/run), where that fails."""
    if (why := lighthouse.missing()) is not None:
        if os.environ.get("REQUIRE_BROWSER"):
            pytest.fail(why)
        pytest.skip(why)
    audits = request.config.stash.get(_LIGHTHOUSE, None)
    if audits is None:  # a page collection did not see
        pytest.fail("no Lighthouse audits were started for this session")
    return audits.result
