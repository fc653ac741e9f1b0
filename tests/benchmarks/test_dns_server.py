"""The DNS server benchmark in its quick mode: the server answered, and every crafted datagram
was timed."""


def test_the_server_answers_queries_and_every_crafted_datagram_is_timed(quick_results):
    results = quick_results("dns_server")
    assert results["dns_rate"]["in_zone_queries_per_s"] > 0
    worst = results["dns_worst_datagram"]
    assert len(worst["per_kind_us"]) == 5
    assert worst["worst_us"] == max(worst["per_kind_us"].values())
