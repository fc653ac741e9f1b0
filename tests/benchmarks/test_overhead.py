def test_each_operation_is_relative_to_a_direct_call(quick_results):
    results = quick_results("overhead")
    operations = {"direct_call", "run_in_executor", "to_thread", "run_in_executor_1_thread",
                  "task_switch", "thread_switch"}
    assert set(results["seconds_per_operation"]) == operations
    assert results["ratio_to_direct_call"]["direct_call"] == 1.0
    assert all(t > 0 for t in results["seconds_per_operation"].values())
