import re

import pytest

from examples.executors.blocking_stalls import BLOCK


def gaps(stdout: str) -> dict[str, float]:
    return {m[1].strip(): float(m[2])
            for m in re.finditer(r"^(.*?)\s+longest gap between 10 ms ticks: ([0-9.]+) s$",
                                 stdout, re.MULTILINE)}


@pytest.mark.timeout(60)
def test_blocking_call_stalls_the_ticker_and_wrapping_it_does_not(run_example):
    run = run_example("executors/blocking_stalls.py", timeout=30)
    assert run.returncode == 0, run.stderr
    measured = gaps(run.stdout)
    assert len(measured) == 3, run.stdout
    inline = measured["time.sleep() in a coroutine"]
    assert inline >= BLOCK * 0.95  # no tick can happen while the loop's thread sleeps
    for label in ("asyncio.to_thread(time.sleep, ...)",
                  "loop.run_in_executor(pool, time.sleep, ...)"):
        # Generous: a 10 ms ticker on a busy machine may be late, but not by a whole BLOCK.
        assert measured[label] < BLOCK * 0.67, (label, measured)
