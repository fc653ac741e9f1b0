import asyncio

from examples.asyncio_basics.tasks import worker


def test_tasks_start_only_at_await_and_in_creation_order(run_example):
    run = run_example("asyncio_basics/tasks.py", timeout=30)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == "main created three tasks"
    assert lines[1:4] == ["task-0 starts", "task-1 starts", "task-2 starts"]
    assert lines[-1] == "['task-0 done', 'task-1 done', 'task-2 done']"


def test_a_created_task_has_not_started_before_the_creator_awaits():
    async def scenario() -> list[str]:
        log: list[str] = []
        task = asyncio.create_task(worker("w", log))
        before = list(log)
        await task
        return [*before, "|", *log]

    assert asyncio.run(scenario()) == ["|", "w starts", "w ends"]
