def test_parent_pauses_at_await_and_resumes_with_the_result(run_example):
    run = run_example("asyncio_futures/await_trace.py", timeout=30)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines == [
        "parent: creates the child and bystander tasks",
        "parent: awaits the child task",
        "child: runs while parent is suspended",
        "bystander: runs too: any ready task may run",
        "child: returns",
        "parent: resumed with \"child's result\"",
        "parent: resumed with \"future's value\"",
    ]
    # Nothing of the parent's runs between its await and the child's return.
    assert lines.index("parent: awaits the child task") + 4 == lines.index(
        "parent: resumed with \"child's result\"")
