def test_gather_leaves_siblings_running_and_taskgroup_cancels_them(run_example):
    run = run_example("asyncio_in_action/gather_vs_taskgroup.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "gather raised ValueError('boom'); sibling still running: True",
        "gather log: ['gather-sibling cancelled']",
        "gather(return_exceptions=True) -> [ValueError('kept'), 'ok']",
        "TaskGroup raised ExceptionGroup with ValueErrors ['bang', 'boom']",
        "TaskGroup log: ['group-sibling cancelled']",
    ]
