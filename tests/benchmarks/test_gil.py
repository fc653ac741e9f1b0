import hashlib

import pytest

from examples.benchmarks.gil import digest


def test_digest_is_sha256():
    assert digest(b"abc") == hashlib.sha256(b"abc").hexdigest()


def test_pure_python_and_hashlib_threads_are_both_measured(quick_results):
    results = quick_results("gil")
    assert set(results["series"]) == {"pure_python", "hashlib_sha256"}
    assert results["buffer_bytes"] > 2048  # hashlib releases the GIL only above 2 KiB
    for data in results["series"].values():
        assert data["threads"][0] == 1
        assert len(data["serial_seconds"]) == len(data["threads"])
        assert data["speedup"] == pytest.approx(
            [s / e for s, e in zip(data["serial_seconds"], data["seconds"], strict=True)])
