import asyncio
import time

import pytest

from examples.asyncio_in_action.five_sleepers_taskgroup import delay_for, five_sleepers


@pytest.mark.timeout(30)
def test_the_sleeps_overlap_so_the_group_takes_the_longest_not_the_sum(capsys):
    started = time.perf_counter()
    asyncio.run(five_sleepers())
    elapsed = time.perf_counter() - started
    capsys.readouterr()
    delays = [delay_for(n) for n in range(5)]
    assert max(delays) <= elapsed < sum(delays)  # 0.9 s, not 2.5 s
