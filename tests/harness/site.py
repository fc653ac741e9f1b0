"""The MkDocs build the site tests share: one helper for every build the tests make, the real
site (once per session, see the ``built_site`` fixture) and the small sites of the self-tests."""

from __future__ import annotations

import contextlib
import functools
import gzip
import http.server
import importlib.util
import io
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from tests.harness.config import mkdocs_config

HAS_MKDOCS = importlib.util.find_spec("mkdocs") is not None
needs_mkdocs = pytest.mark.skipif(not HAS_MKDOCS, reason="mkdocs is in the docs group")
needs_jupyter = pytest.mark.skipif(
    not (HAS_MKDOCS and importlib.util.find_spec("mkdocs_jupyter")),
    reason="mkdocs-jupyter is in the docs group")


# The browser the site tests drive (Playwright) and Lighthouse starts, and its flags.
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROME_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync"]


# The repository address the session's build links to, as the Pages workflow sets REPO_URL (the
# site's real address is GitHub's to give; see mkdocs.yml).
REPO_URL = "https://github.com/example/concurrency-guide"
EDIT_URI = "edit/main/docs/"


def _build_command(config: Path, output: Path, site_url: str | None,
                   env: dict[str, str] | None) -> tuple[list[str], dict[str, str]]:
    variables = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    if site_url:
        variables["SITE_URL"] = site_url
    return ([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config),
             "-d", str(output)], variables)


def build_site(config: Path, output: Path, site_url: str | None = None,
               env: dict[str, str] | None = None, timeout: float = 600,
               ) -> subprocess.CompletedProcess:
    """``mkdocs build --strict`` of the site whose mkdocs.yml is `config`, into `output`, run
    from the folder of `config` (as a reader runs it)."""
    command, variables = _build_command(config, output, site_url, env)
    return subprocess.run(command, cwd=config.parent, capture_output=True, text=True,
                          encoding="utf-8", errors="replace", timeout=timeout, env=variables,
                          check=False)


class SiteBuild:
    """The real site built in the background into a temporary folder served on 127.0.0.1;
    ``result()`` waits for the build."""

    def __init__(self, config: Path, timeout: float = 900) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="site-")
        self.folder = Path(self._tmp.name)
        self._server = serve(self.folder)
        self.url = self._server.__enter__()
        command, variables = _build_command(config, self.folder, self.url,
                                             {"REPO_URL": os.environ.get("REPO_URL", REPO_URL),
                                              "EDIT_URI": os.environ.get("EDIT_URI", EDIT_URI)})
        self._log = tempfile.TemporaryFile("w+", encoding="utf-8")  # noqa: SIM115 (closed in close())
        self._process = subprocess.Popen(command, cwd=config.parent, env=variables,
                                         stdout=self._log, stderr=subprocess.STDOUT)
        self._timeout = timeout
        self._run: subprocess.CompletedProcess | None = None

    def result(self) -> subprocess.CompletedProcess:
        if self._run is None:
            try:
                self._process.wait(self._timeout)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
            self._log.seek(0)
            output = self._log.read()
            self._run = subprocess.CompletedProcess(self._process.args,
                                                    self._process.returncode, output, output)
        return self._run

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
            self._process.wait()
        self._server.__exit__(None, None, None)
        self._log.close()
        self._tmp.cleanup()


def write_small_site(folder: Path, pages: dict[str, str], **config: object) -> Path:
    """A site of a few pages with the guide's validation and Markdown settings (no theme, no
    plugins, no hooks: seconds to build). Returns its mkdocs.yml."""
    real = mkdocs_config()
    settings = {"site_name": "small", "docs_dir": "docs", "validation": real["validation"],
                "markdown_extensions": [entry for entry in real["markdown_extensions"]
                                        if "pymdownx.snippets" not in entry],
                "nav": list(pages), **config}
    (folder / "docs").mkdir(parents=True, exist_ok=True)
    for name, text in pages.items():
        (folder / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / "docs" / name).write_text(text, encoding="utf-8")
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(settings, sort_keys=False), encoding="utf-8")
    return path


class _GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the site as GitHub Pages does: text compressed with gzip when the browser asks."""

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir() and self.path.split("?")[0].endswith("/"):
            path = path / "index.html"
        if not (path.is_file() and path.suffix in {".html", ".css", ".js", ".json", ".svg"}
                and "gzip" in self.headers.get("Accept-Encoding", "")):
            return super().send_head()  # also redirects /folder to /folder/
        body = gzip.compress(path.read_bytes())
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(folder: Path) -> Iterator[str]:
    """Serve `folder` on 127.0.0.1 (a free port) while the block runs; yields its URL."""
    handler = functools.partial(_GzipHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
