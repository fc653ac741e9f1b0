from examples.threads.thread_result import WordCounter


def test_results_come_back_in_submission_order(run_example):
    run = run_example("threads/thread_result.py")
    assert run.returncode == 0
    assert run.stdout.splitlines() == ["thread attributes: [3, 2, 1]", "futures: [3, 2, 1]"]


def test_result_is_none_until_the_thread_has_run():
    counter = WordCounter("a b c d")
    assert counter.result is None
    counter.start()
    counter.join()
    assert counter.result == 4
