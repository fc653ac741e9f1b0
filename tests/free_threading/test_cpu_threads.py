import re

import pytest

from examples.free_threading.cpu_threads import cores
from examples.thread_problems.gil import gil_enabled

LINE = re.compile(r"(\d) threads: speedup (\S+)x, per core (\S+)x, cores busy (\S+)")


@pytest.mark.timeout(60)
def test_example_reports_speedup_per_core(run_example):
    run = run_example("free_threading/cpu_threads.py")
    assert run.returncode == 0, run.stderr
    _, second = run.stdout.splitlines()
    match = LINE.fullmatch(second)
    assert match, second
    threads, speedup, per_core, busy = int(match[1]), *map(float, match.groups()[1:])
    assert 2 <= threads <= 4
    assert per_core == pytest.approx(speedup / min(threads, cores()), abs=0.01)
    if gil_enabled():
        # With the GIL only one thread runs Python code at a time, however many cores there are.
        assert busy < 1.5
