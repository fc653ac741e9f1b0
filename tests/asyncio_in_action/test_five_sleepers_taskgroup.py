from tests.asyncio_in_action.test_five_sleepers import check_order


def test_five_sleepers_taskgroup_waits_for_every_task(run_example):
    run = run_example("asyncio_in_action/five_sleepers_taskgroup.py", timeout=30)
    assert run.returncode == 0, run.stderr
    check_order(run.stdout.splitlines(), [
        "0 awakens", "The group has exited: every task is done", "Done five tasks"])
