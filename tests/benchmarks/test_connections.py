import sys


def test_both_servers_hold_every_client_at_once_without_errors(quick_results):
    results = quick_results("connections")
    assert {r["server"] for r in results["rounds"]} == {"asyncio", "threads"}
    for item in results["rounds"]:
        assert item["timed_out"] is False
        assert item["errors"] == 0, item
        # Every client keeps its connection open until all have their echo: the server held
        # them all at the same time, by construction, not by luck.
        assert item["peak_connections"] == item["clients"]
        assert item["wall_seconds"] > 0
        if sys.platform == "linux":
            assert item["server_rss_growth_mib"] is not None
            assert item["server_peak_rss_mib"] > 0
