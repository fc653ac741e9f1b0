import asyncio

from examples.asyncio_futures import await_trace


def test_parent_pauses_at_await_and_other_ready_tasks_run_meanwhile():
    await_trace.log.clear()
    asyncio.run(await_trace.parent())
    lines = await_trace.log
    awaits = lines.index("parent: awaits the child task")
    resumed = lines.index("parent: resumed with \"child's result\"")
    # While the parent is suspended, both the child and the bystander run...
    between = lines[awaits + 1:resumed]
    assert "child: runs while parent is suspended" in between
    assert "bystander: runs too: any ready task may run" in between
    # ...and nothing of the parent's runs until the awaited task has returned.
    assert between[-1] == "child: returns"
    assert lines[-1] == "parent: resumed with \"future's value\""
