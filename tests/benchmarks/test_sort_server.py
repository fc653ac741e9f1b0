"""The sort service benchmark in its quick mode: every figure it reports comes from replies that
were all correct, and moving the CPU part into the worker shortens the loop's longest stall."""


def test_quick_run_loses_no_reply_and_the_worker_shortens_the_loop_stall(quick_results):
    results = quick_results("sort_server")
    for row in results["sort_throughput"]:
        assert row["outcomes"] == {"correct": row["clients"]}
    attack = results["slow_client_attack"]
    assert set(attack["outcomes"]) == {"correct"}
    assert attack["normal_requests"] > 0
    stall = results["loop_stall"]
    assert stall["after_ms"] < stall["before_ms"]
