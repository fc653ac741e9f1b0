from examples.threads import shared_data


def test_every_thread_sees_the_changed_setting(run_example):
    run = run_example("threads/shared_data.py")
    assert run.returncode == 0
    assert run.stdout.splitlines() == [f"hi from worker-{n}" for n in range(4)]


def test_workers_write_into_the_callers_dict():
    results: dict[int, str] = {}
    shared_data.worker(7, results)
    assert results == {7: f"{shared_data.settings['greeting']} from worker-7"}
