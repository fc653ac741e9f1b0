def test_unreferenced_task_is_collected_and_kept_one_survives(run_example):
    run = run_example("asyncio_basics/task_references.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "the loop reported: Task was destroyed but it is pending!",
        "forgotten task still exists: False",
        "kept task still exists: True",
        "after cancelling, tasks in the set: 0",
    ]
    assert run.stderr == ""
