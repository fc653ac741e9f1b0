"""Fixtures for checking the built site as readers meet it: a fresh strict build, served locally."""

import functools
import gzip
import http.server
import importlib.util
import io
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT

needs_mkdocs = pytest.mark.skipif(importlib.util.find_spec("mkdocs") is None,
                                  reason="mkdocs is in the docs group")


def build_site(config: Path, output: Path, site_url: str | None = None,
               ) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if site_url:
        env["SITE_URL"] = site_url
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(output)],
        capture_output=True, text=True, timeout=600, env=env,
    )


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


@pytest.fixture(scope="session")
def _served_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """An HTTP server on 127.0.0.1 (free port) for the whole session, and the folder it serves."""
    folder = tmp_path_factory.mktemp("site")
    handler = functools.partial(_GzipHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/", folder
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def built_site(_served_folder: tuple[str, Path]) -> Path:
    """A fresh `mkdocs build --strict`, its site_url set to where it is served (Material's instant
    navigation only intercepts links under site_url)."""
    if importlib.util.find_spec("mkdocs") is None:
        pytest.skip("mkdocs is in the docs group")
    url, folder = _served_folder
    run = build_site(ROOT / "mkdocs.yml", folder, site_url=url)
    assert run.returncode == 0, run.stderr
    return folder


@pytest.fixture(scope="session")
def site_url(built_site: Path, _served_folder: tuple[str, Path]) -> str:
    return _served_folder[0]
