import pytest

from examples.benchmarks.thread_creation import job


def test_a_job_is_a_small_sum():
    assert job(10) == 45


def test_each_way_is_relative_to_direct_calls(quick_results):
    results = quick_results("thread_creation")
    ways = {"direct_calls", "thread_per_job", "thread_pool_executor",
            "multiprocessing_thread_pool"}
    assert set(results["seconds"]) == ways
    assert results["ratio_to_direct"]["direct_calls"] == 1.0
    assert all(ratio > 0 for ratio in results["ratio_to_direct"].values())
    assert results["thread_per_job_over_executor"] == pytest.approx(
        results["seconds"]["thread_per_job"] / results["seconds"]["thread_pool_executor"])
