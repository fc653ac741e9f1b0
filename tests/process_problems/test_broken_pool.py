import multiprocessing
from concurrent.futures import ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

import pytest

from examples.process_problems.broken_pool import die, square


@pytest.mark.timeout(60)
def test_no_future_is_left_pending_when_a_worker_dies():
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=1, mp_context=spawn) as executor:
        futures = [executor.submit(die), *(executor.submit(square, n) for n in range(5))]
        _, pending = wait(futures, timeout=30)
    assert not pending  # each one failed or finished: none waits forever
    assert isinstance(futures[0].exception(), BrokenProcessPool)
    for number, future in enumerate(futures[1:]):
        error = future.exception()
        assert isinstance(error, BrokenProcessPool) or future.result() == number * number
