from examples.threads.thread_result import WordCounter


def test_result_is_none_until_the_thread_has_run():
    counter = WordCounter("a b c d")
    assert counter.result is None
    counter.start()
    counter.join()
    assert counter.result == 4
