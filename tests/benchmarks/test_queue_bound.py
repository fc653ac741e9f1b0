import json

import pytest

from examples.benchmarks import queue_bound


@pytest.mark.timeout(60)
@pytest.mark.parametrize("maxsize", [1, 5])
def test_a_bounded_queue_never_holds_more_than_maxsize(maxsize):
    row = queue_bound.run_pipeline(items=100, maxsize=maxsize)
    assert 1 <= row["peak_backlog"] <= maxsize


@pytest.mark.timeout(60)
def test_an_unbounded_queue_lets_the_backlog_grow_past_any_bound():
    row = queue_bound.run_pipeline(items=200, maxsize=0)
    assert row["peak_backlog"] > 10  # the producer outruns a 0.5 ms-per-item consumer


@pytest.mark.timeout(120)
def test_quick_run_is_json_with_machine_info():
    results = queue_bound.measure(quick=True)
    json.dumps(results)
    assert {"cores", "platform", "python", "build", "loadavg_1_5_15"} <= set(
        results["machine"])
    assert set(results["rows"]) == {"unbounded", "maxsize=100", "maxsize=10"}
    assert results["rows"]["maxsize=10"]["peak_backlog"] <= 10
    assert "| maxsize=10 |" in queue_bound.table(results)
