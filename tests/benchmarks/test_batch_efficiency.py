import pytest


def test_naive_and_well_sized_batches_do_the_same_work(quick_results):
    results = quick_results("batch_efficiency")
    variants = results["variants"]
    assert set(variants) == {"naive", "naive_warm_pool", "well_sized"}
    assert variants["naive"]["tasks"] == 2 * results["workers"]
    assert variants["well_sized"]["tasks"] == 16 * variants["naive"]["tasks"]
    assert results["work"] == {"workers": results["workers"],
                               "total_iterations": results["total_iterations"]}
    for data in variants.values():
        assert data["speedup"] == pytest.approx(results["serial_seconds"] / data["seconds"])
        assert data["efficiency"] == pytest.approx(data["speedup"] / results["workers"])
