import multiprocessing


def test_every_start_method_is_timed_relative_to_the_baseline(quick_results):
    results = quick_results("start_methods")
    assert set(results["methods"]) == set(multiprocessing.get_all_start_methods())
    assert results["default_method"] in results["methods"]
    baseline = results["methods"][results["baseline"]]
    assert baseline["process_ratio"] == 1.0
    assert baseline["pool_ratio"] == 1.0
    for data in results["methods"].values():
        assert data["process_seconds"] > 0
        assert data["pool_seconds"] > 0
