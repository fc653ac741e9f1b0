"""Lighthouse (npm lighthouse@12, mobile preset) on pages of the session's one site build, run in
the background: as soon as the build is done, beside the tests that do not need it, so that its
minutes (mostly Chromium waiting for a page to settle) do not add to the session's. The tests in
tests/site/test_lighthouse.py wait for the audit of their page and judge it.

Calibration. Lighthouse's mobile preset slows the CPU down 4x, which its documentation calibrates
for a high-end desktop host (benchmark index 1500-2000): 4x turns that host into the mid-tier phone
the score is about. On a slower or busier host the same 4x emulates a much slower phone, and the
score measures the host. Lighthouse's docs/throttling.md ("Calibrating the CPU slowdown") asks for
the multiplier to be lowered there; ``audit`` does it by one rule, in each run itself: the
multiplier that takes the benchmark index measured in that run to the same target device,
1750 / 4 (never below 1x). A run slowed down by the tests beside it measures a lower index and
gets a smaller multiplier.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path

from tests.harness.site import CHROME_FLAGS, CHROMIUM

MINIMUM = {"accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
# Performance: the goal (issue 18) is 0.95 on the device the calibration emulates. On a 2-core VM,
# calibrated runs of these pages score 0.83-0.97 from one run to the next, so the goal is
# reported, as a known failure where a page misses it, and what fails the test is a floor no
# noise has reached there: falling below it takes a real regression (a blocking script, a heavy
# asset), which the assertion's list of failing audits then names.
PERFORMANCE_GOAL = 0.95
PERFORMANCE_FLOOR = 0.75
TARGET_BENCHMARK_INDEX = 1750 / 4  # the middle of the high-end desktop range, slowed down 4x


def missing() -> str | None:
    """Why Lighthouse cannot run here, or None."""
    if not shutil.which("lighthouse"):
        return "no lighthouse (npm install -g lighthouse@12)"
    if not os.path.exists(CHROMIUM):
        return f"no browser at {CHROMIUM} (apt-get install chromium)"
    return None


def calibrated_multiplier(benchmark_index: float) -> float:
    return round(max(1.0, benchmark_index / TARGET_BENCHMARK_INDEX), 2)


def score(result: dict, category: str) -> float:
    return result["categories"][category]["score"]


def performance_band(result: dict) -> int:
    """0: below the floor (fails), 1: below the goal (a known failure), 2: the goal reached."""
    return sum(score(result, "performance") >= line
               for line in (PERFORMANCE_FLOOR, PERFORMANCE_GOAL))


def weak_audits(result: dict, category: str) -> list[str]:
    """The weighted audits of a category that did not score full marks: what to fix."""
    return [ref["id"] for ref in result["categories"][category]["auditRefs"]
            if ref.get("weight") and (result["audits"][ref["id"]].get("score") or 0) < 1]


class Stopped(Exception):
    """The session ended before this audit could run."""


@dataclass
class PageAudit:
    """What Lighthouse found on one page: the first run (all categories) and the performance
    runs whose median decides that category (the first run among them)."""

    first: dict
    runs: list[dict] = field(default_factory=list)

    @property
    def median(self) -> dict:
        ordered = sorted(self.runs, key=lambda result: score(result, "performance"))
        return ordered[1] if len(ordered) == 3 else ordered[0]


class Lighthouse:
    """Audits pages one at a time in a background thread, once `ready()` returns the site's URL
    (it may wait for the build); ``result(path)`` waits for a page's audit."""

    def __init__(self, ready: Callable[[], str], paths: list[str]) -> None:
        self._ready = ready
        self._results: dict[str, Future[PageAudit]] = {path: Future() for path in paths}
        self._stop = threading.Event()
        self._process: subprocess.Popen | None = None
        self._lock = threading.Lock()
        self._tmp = tempfile.TemporaryDirectory(prefix="lighthouse-")
        # A daemon thread: a session that ends early (Ctrl-C) does not wait for it; close()
        # ends the Lighthouse run it is in.
        self._thread = threading.Thread(target=self._work, name="lighthouse", daemon=True)
        self._thread.start()

    def result(self, path: str, timeout: float | None = None) -> PageAudit:
        return self._results[path].result(timeout)

    def close(self) -> None:
        self._stop.set()
        with self._lock:
            if self._process is not None:
                _kill(self._process)
        self._thread.join(timeout=30)
        for future in self._results.values():
            if not future.done():
                future.set_exception(Stopped("the session ended first"))
        with contextlib.suppress(OSError):
            self._tmp.cleanup()

    def _work(self) -> None:
        try:
            url = self._ready()
        except Exception as error:  # the build failed: every page's test says why
            for future in self._results.values():
                future.set_exception(error)
            return
        for number, (path, future) in enumerate(self._results.items()):
            if self._stop.is_set():
                break
            try:
                future.set_result(self.audit_page(url + path, Path(self._tmp.name) / str(number)))
            except Exception as error:  # reported by the page's test
                future.set_exception(error)

    def audit_page(self, url: str, folder: Path) -> PageAudit:
        """Accessibility, best practices and SEO read the page's DOM: one run decides them.
        Performance varies with the machine's load: Lighthouse's advice is the median of several
        runs. This is the median of three, without the run that cannot change it: when the
        first two fall in the same band (below the floor, below the goal, or at it), so does
        the median."""
        first = self.audit(url, folder / "0")
        page = PageAudit(first, [first])
        if any(score(first, name) < MINIMUM[name] for name in MINIMUM):
            return page  # failed already: no more runs
        page.runs.append(self.audit(url, folder / "1", ("performance",)))
        if performance_band(page.runs[0]) != performance_band(page.runs[1]):
            page.runs.append(self.audit(url, folder / "2", ("performance",)))
        return page

    def audit(self, url: str, folder: Path,
              categories: tuple[str, ...] = ("performance", *MINIMUM)) -> dict:
        """One Lighthouse run, calibrated on itself. Lighthouse's mobile preset throttles by
        simulation: it loads the page unthrottled, records the trace and the host's benchmark
        index, and models the slow device when it audits. So the run is split in its two halves:
        gather (``-G``) saves the trace and the index; the multiplier that index calls for is
        written into the saved settings (gathering and auditing must agree on them); audit
        (``-A``) models the device from the trace."""
        lighthouse = shutil.which("lighthouse") or "lighthouse"
        artifacts = folder / "artifacts"
        common = [f"--only-categories={','.join(categories)}", "--quiet",
                  "--disable-full-page-screenshot"]
        self._run([lighthouse, url, f"-G={artifacts}", *common,
                   f"--chrome-flags={' '.join(CHROME_FLAGS)}"], timeout=300)
        saved_path = artifacts / "artifacts.json"
        saved = json.loads(saved_path.read_text(encoding="utf-8"))
        if saved["settings"]["throttlingMethod"] != "simulate":  # what makes the split sound
            raise AssertionError(f"throttling is {saved['settings']['throttlingMethod']!r}")
        multiplier = calibrated_multiplier(saved["BenchmarkIndex"])
        saved["settings"]["throttling"]["cpuSlowdownMultiplier"] = multiplier
        saved_path.write_text(json.dumps(saved), encoding="utf-8")
        report = folder / "report.json"
        self._run([lighthouse, url, f"-A={artifacts}", *common, "--output=json",
                   f"--output-path={report}",
                   f"--throttling.cpuSlowdownMultiplier={multiplier}"], timeout=120)
        result = json.loads(report.read_text(encoding="utf-8"))
        result["multiplier"] = multiplier
        return result

    def _run(self, command: list[str], timeout: float) -> None:
        """Run one Lighthouse command in a process group of its own (it starts Chromium), which
        a timeout or close() ends whole."""
        with self._lock:
            if self._stop.is_set():
                raise Stopped("the session ended first")
            process = self._process = subprocess.Popen(
                command, env={**os.environ, "CHROME_PATH": CHROMIUM}, stdout=subprocess.PIPE,
                stderr=subprocess.PIPE, text=True, encoding="utf-8", errors="replace",
                start_new_session=os.name == "posix")
        try:
            _, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            _kill(process)
            process.communicate()
            raise AssertionError(f"{command[1]}: no result in {timeout} s") from None
        finally:
            with self._lock:
                self._process = None
        if self._stop.is_set():
            raise Stopped("the session ended first")
        if process.returncode != 0:
            raise AssertionError(f"lighthouse exited {process.returncode}: {stderr[-2000:]}")


def _kill(process: subprocess.Popen) -> None:
    """Kill the process and, on POSIX, the Chromium it started (its process group)."""
    with contextlib.suppress(OSError):
        if os.name == "posix":
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
