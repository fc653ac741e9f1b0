import hashlib

import pytest

from examples.benchmarks.gil import digest


def test_digest_is_sha256():
    assert digest(b"abc") == hashlib.sha256(b"abc").hexdigest()


@pytest.mark.timeout(90)
def test_pure_python_and_hashlib_threads_are_both_measured(quick_results):
    results = quick_results("gil")
    assert set(results["series"]) == {"pure_python", "hashlib_sha256"}
    assert results["buffer_bytes"] > 2048  # hashlib releases the GIL only above 2 KiB
    for data in results["series"].values():
        assert data["threads"][0] == 1
        assert data["serial_seconds"] > 0
        assert data["speedup"] == pytest.approx(
            [data["serial_seconds"] / elapsed for elapsed in data["seconds"]])
