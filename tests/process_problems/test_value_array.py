import multiprocessing

import pytest

from examples.process_problems.value_array import count_up


@pytest.mark.timeout(60)
def test_locked_increments_add_up_exactly_for_other_counts():
    context = multiprocessing.get_context("spawn")
    counter = context.Value("i", 0)
    workers = [context.Process(target=count_up, args=(counter, times))
               for times in (1, 500, 3_000)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=30)
    assert counter.value == 1 + 500 + 3_000
