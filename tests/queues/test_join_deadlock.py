import multiprocessing

import pytest


def put_small(results: multiprocessing.Queue) -> None:
    results.put(b"x" * 100)  # fits in the pipe: the feeder thread finishes at once


@pytest.mark.timeout(60)
def test_a_process_whose_data_fits_in_the_pipe_exits_before_it_is_read():
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    producer = context.Process(target=put_small, args=(results,))
    producer.start()
    producer.join(timeout=30)  # nothing has been read yet
    assert producer.exitcode == 0
    assert results.get(timeout=10) == b"x" * 100
