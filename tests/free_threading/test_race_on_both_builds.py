import pytest

from examples.free_threading.race_on_both_builds import appends


@pytest.mark.timeout(30)
@pytest.mark.parametrize("threads", [2, 8])
def test_concurrent_appends_lose_nothing(threads):
    assert appends(threads, 5_000) == threads * 5_000
