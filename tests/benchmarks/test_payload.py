from examples.benchmarks.payload import echo


def test_echo_returns_its_payload():
    assert echo(b"x" * 10) == b"x" * 10


def test_round_trips_are_relative_to_one_byte(quick_results):
    results = quick_results("payload")
    assert results["sizes"][0] == 1
    assert results["sizes"] == sorted(results["sizes"])
    assert results["ratio_to_1_byte"][0] == 1.0
    assert all(elapsed > 0 for elapsed in results["seconds"])
    assert all(rate > 0 for rate in results["mib_per_second"])
