import math


def test_chunksizes_from_1_to_the_tuned_one_are_compared(quick_results):
    results = quick_results("chunksize")
    tuned = math.ceil(results["tasks"] / (4 * results["workers"]))
    assert results["tuned_chunksize"] == tuned
    assert results["chunksizes"][0] == 1
    assert results["chunksizes"][-1] == tuned
    assert results["chunksizes"] == sorted(set(results["chunksizes"]))
    assert results["gain_over_chunksize_1"][0] == 1.0
    assert all(gain > 0 for gain in results["gain_over_chunksize_1"])
    assert all(slowdown > 0 for slowdown in results["slowdown_over_serial"])
