import multiprocessing

import pytest

from examples.process_problems.manager_dict import record


@pytest.mark.timeout(60)
def test_every_process_write_to_the_proxy_is_kept():
    context = multiprocessing.get_context("spawn")
    words = [f"word{n}" * (n + 1) for n in range(5)]
    with context.Manager() as manager:
        results = manager.dict()
        workers = [context.Process(target=record, args=(results, word)) for word in words]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=30)
        written = dict(results)
    assert {word: length for word, (length, _) in written.items()} == {
        word: len(word) for word in words}
    assert len({pid for _, pid in written.values()}) == len(words)  # one writer each
