"""The servers benchmark in its quick mode: every figure it reports comes from replies that were
all correct, and moving the CPU part into the worker shortens the loop's longest stall."""

import pytest

from examples.benchmarks import servers


@pytest.mark.timeout(120)
def test_quick_run_loses_no_reply_and_the_worker_shortens_the_loop_stall():
    result = servers.measure(quick=True)
    for row in result["sort_throughput"]:
        assert row["outcomes"] == {"correct": row["clients"]}
    attack = result["slow_client_attack"]
    assert set(attack["outcomes"]) == {"correct"}
    assert attack["normal_requests"] > 0
    stall = result["loop_stall"]
    assert stall["after_ms"] < stall["before_ms"]
    assert result["dns_rate"]["in_zone_queries_per_s"] > 0
