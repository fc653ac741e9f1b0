from examples.threads import shared_data


def test_workers_write_into_the_callers_dict():
    results: dict[int, str] = {}
    shared_data.worker(7, results)
    assert results == {7: f"{shared_data.settings['greeting']} from worker-7"}
