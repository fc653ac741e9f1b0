import argparse
import itertools
import json
import math
import sys

import pytest

from examples.benchmarks import measure
from examples.benchmarks.measure import (
    cli,
    interleaved_best,
    median_time,
    pause,
    plan,
    spin,
    task_count,
    worker_counts,
    worker_limit,
)
from tests.benchmarks.conftest import run_module


def test_worker_counts_are_powers_of_two_up_to_the_limit():
    assert worker_counts(1) == [1]
    assert worker_counts(2) == [1, 2]
    assert worker_counts(6) == [1, 2, 4, 6]
    assert worker_counts(16) == [1, 2, 4, 8, 16]


def test_spin_is_deterministic_work():
    assert spin(10) == sum(n * n % 7 for n in range(10))
    assert spin(0) == 0


def test_pause_returns_its_argument():
    assert pause(0.0) == 0.0


def test_task_count_is_divisible_by_every_count_and_at_least_32():
    assert task_count([1]) == 32
    assert task_count([1, 2, 4, 6]) == 48
    assert task_count([1, 2, 4, 8, 16]) == 32
    assert task_count([1, 2, 4, 8, 16, 32, 64]) == 64
    for counts in ([1, 2, 3], [1, 2, 4, 6], [1, 2, 4, 8, 12]):
        tasks = task_count(counts)
        assert tasks >= 32
        assert tasks % math.lcm(*counts) == 0


def test_quick_runs_use_two_workers_at_most(monkeypatch):
    monkeypatch.setattr(measure, "cores", lambda: 16)
    assert worker_limit(quick=True) == 2
    assert worker_limit(quick=False) == 16
    assert plan(quick=False) == ([1, 2, 4, 8, 16], 32)
    monkeypatch.setattr(measure, "cores", lambda: 1)
    assert plan(quick=True) == ([1], 32)


def test_median_time_is_the_median_of_the_repeats(monkeypatch):
    # perf_counter is read before and after each run: runs of 5, 1 and 3 seconds.
    clock = iter([0.0, 5.0, 10.0, 11.0, 20.0, 23.0])
    monkeypatch.setattr(measure.time, "perf_counter", lambda: next(clock))
    calls = []
    assert median_time(lambda: calls.append(1), 3) == 3.0
    assert len(calls) == 3


def test_median_time_of_one_run_is_that_run(monkeypatch):
    clock = itertools.count(0.0, 2.5)
    monkeypatch.setattr(measure.time, "perf_counter", lambda: next(clock))
    assert median_time(lambda: None, 1) == 2.5


def test_interleaved_best_takes_turns_and_keeps_each_ones_shortest_run(monkeypatch):
    # Runs in turn: baseline 4 s, variant 2 s, baseline 3 s, variant 5 s, baseline 6 s, variant 1 s.
    ends = iter([0, 4, 10, 12, 20, 23, 30, 35, 40, 46, 50, 51])
    monkeypatch.setattr(measure.time, "perf_counter", lambda: next(ends))
    order = []
    best = interleaved_best(lambda: order.append("baseline"), lambda: order.append("variant"), 3)
    assert best == (3, 1)
    assert order == ["baseline", "variant"] * 3


def fake_measure(quick: bool = True) -> dict:
    return {"benchmark": "fake", "quick": quick}


def fake_summary(results: dict) -> None:
    print(f"summary, quick={results['quick']}")


@pytest.mark.parametrize(("argv", "expected"), [
    ([], "summary, quick=True\n"),
    (["--full"], "summary, quick=False\n"),
    (["--json"], json.dumps({"benchmark": "fake", "quick": True}) + "\n"),
    (["--full", "--json"], json.dumps({"benchmark": "fake", "quick": False}) + "\n"),
])
def test_cli_measures_quick_unless_full_and_prints_json_or_a_summary(monkeypatch, capsys, argv,
                                                                       expected):
    monkeypatch.setattr(sys, "argv", ["fake", *argv])
    cli(fake_measure, fake_summary)
    assert capsys.readouterr().out == expected


def test_cli_takes_arguments_parsed_by_the_caller(capsys):
    cli(fake_measure, fake_summary, argparse.Namespace(full=True, json=False))
    assert capsys.readouterr().out == "summary, quick=False\n"


def test_the_self_check_runs():
    run = run_module("examples.benchmarks.measure", timeout=30)
    assert run.returncode == 0, run.stderr
    assert "worker_counts(6) = [1, 2, 4, 6], task_count([1, 2, 4, 6]) = 48" in run.stdout
