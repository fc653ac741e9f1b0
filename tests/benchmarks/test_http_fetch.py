"""The HTTP benchmark in its quick mode: every bounded way gets every answer over at most its
bound of connections, and the unbounded gather opens more."""

import pytest

pytest.importorskip("aiohttp", reason="the http_fetch benchmark needs aiohttp (the http group)")

from examples.benchmarks import http_fetch, render


def test_bounded_ways_get_every_answer_and_the_unbounded_gather_opens_more_sockets(
        quick_results):
    results = quick_results("http_fetch")
    largest = max(row["resources"] for row in results["rounds"])
    rows = {(row["way"], row["resources"]): row for row in results["rounds"]}
    assert {way for way, _ in rows} == set(http_fetch.WAYS)
    for (way, count), row in rows.items():
        if way != "unbounded":
            assert row["outcomes"] == {"200": count}, (way, count)
            assert row["right"] == count
            assert row["sockets_opened"] <= results["bound"], (way, count)
            assert row["server_peak_in_flight"] <= results["bound"], (way, count)
    assert rows["sequential", largest]["sockets_opened"] == 1
    unbounded = rows["unbounded", largest]
    assert unbounded["sockets_opened"] > max(
        rows[way, largest]["sockets_opened"] for way in http_fetch.WAYS if way != "unbounded")


def test_no_committed_way_beats_its_ideal_over_the_sequential_baseline():
    # k requests in flight can at best be k times as fast as one at a time: a ratio above that
    # would mean a bad sequential baseline, not a fast way.
    for results_file in render.RESULTS.glob("*.json"):
        for run in render.load(results_file)["runs"].get("http_fetch", {}).values():
            rows = {(row["way"], row["resources"]): row for row in run["rounds"]}
            for (way, count), row in rows.items():
                baseline = rows["sequential", count]["requests_per_second"]
                if row["requests_per_second"] is None or baseline is None:
                    continue
                in_flight = 1 if way == "sequential" else row["server_peak_in_flight"]
                assert row["requests_per_second"] <= in_flight * baseline * 1.1, (way, count)
