"""The suite's one run of the benchmarks: the runner, in quick mode, once per pytest session,
saving to a temporary file (never into the work tree). Every benchmark test reads that file."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NO_SUCH_PYTHON = "/no/such/python"


def run_module(module: str, *args: str, timeout: float) -> subprocess.CompletedProcess:
    """python -m MODULE ARGS in a fresh interpreter, from the repository root."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)


@pytest.fixture(scope="session")
def quick_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Every registered benchmark, run once by the runner in quick mode; a second interpreter
    that does not exist is skipped, not fatal."""
    output = tmp_path_factory.mktemp("benchmarks") / "quick-machine.json"
    run = run_module("examples.benchmarks.run", "--quick", "--output", str(output),
                     "--python", NO_SUCH_PYTHON, timeout=400)
    assert run.returncode == 0, run.stderr
    return json.loads(output.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def quick_results(quick_run: dict):
    """quick_results("cpu_scaling"): that benchmark's results from the quick run."""
    def get(name: str) -> dict:
        runs = quick_run["runs"].get(name)
        assert runs, [s for s in quick_run["skipped"] if s.get("benchmark") == name]
        results = next(iter(runs.values()))
        assert results["benchmark"] == name
        assert results["quick"] is True
        return results
    return get
