import pytest


@pytest.mark.timeout(60)
def test_write_buffers_without_limit_and_drain_waits_for_the_reader(run_example):
    run = run_example("streams/backpressure.py", timeout=50)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert run.stdout.splitlines() == [
        "write() returned 64 times without waiting; buffered in this process: more than 32 MiB",
        "high-water mark: 64 KiB, low-water mark: 16 KiB",
        "drain() was still waiting after 0.5 s: the other side is not reading",
        "once it reads, drain() returns; buffer at or below the low-water mark: True",
    ]
