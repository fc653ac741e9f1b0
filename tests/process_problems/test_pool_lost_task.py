import multiprocessing

import pytest

from examples.process_problems.pool_lost_task import die, square


@pytest.mark.timeout(60)
def test_the_lost_task_stays_unfinished_after_the_replacement_has_worked():
    with multiprocessing.get_context("spawn").Pool(processes=1) as pool:
        lost = pool.apply_async(die)
        assert pool.apply_async(square, (7,)).get(timeout=30) == 49  # a new worker ran it
        assert not lost.ready()  # still: nothing will ever complete it
        with pytest.raises(multiprocessing.TimeoutError):
            lost.get(timeout=0.5)
