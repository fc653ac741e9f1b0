"""Run a benchmark module the way the runner does, in quick mode, and return its JSON."""

import json

import pytest


@pytest.fixture
def quick_results(run_example):
    def run(name: str, timeout: float = 60) -> dict:
        run = run_example(f"benchmarks/{name}.py", "--json", timeout=timeout)
        assert run.returncode == 0, run.stderr
        assert run.stderr == ""
        results = json.loads(run.stdout)
        assert results["benchmark"] == name
        assert results["quick"] is True
        return results
    return run
