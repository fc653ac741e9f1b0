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


def test_every_bound_moved_every_item_and_none_held_more_than_its_maxsize(quick_results):
    results = quick_results("queue_bound")
    assert set(results["rows"]) == {"unbounded", "maxsize=100", "maxsize=10"}
    for row in results["rows"].values():
        if row["maxsize"]:
            assert row["peak_backlog"] <= row["maxsize"]
    assert results["rows"]["unbounded"]["memory_vs_unbounded"] == 1.0
