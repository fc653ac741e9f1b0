import asyncio

from examples.asyncio_in_action.cancellation import well_behaved


def test_swallowing_cancellederror_defeats_cancel_and_timeout(run_example):
    run = run_example("asyncio_in_action/cancellation.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "well_behaved: cleaned up, re-raising",
        "swallower: ignored the cancellation",
        "well_behaved: cancelled=True, result=CancelledError",
        "swallower: cancelled=False, result='swallower finished anyway'",
        "timeout(0.1) around swallower raised nothing; got 'swallower finished anyway' after "
        "the deadline",
    ]


def test_a_well_behaved_task_ends_cancelled():
    async def scenario() -> tuple[bool, list[str]]:
        log: list[str] = []
        task = asyncio.create_task(well_behaved(log))
        await asyncio.sleep(0)
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        return task.cancelled(), log

    assert asyncio.run(scenario()) == (True, ["well_behaved: cleaned up, re-raising"])
