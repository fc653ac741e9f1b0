import asyncio

import pytest

from examples.asyncio_basics.task_references import background_tasks, wait_forever


@pytest.mark.timeout(10)
def test_a_kept_task_leaves_the_set_when_it_finishes_normally():
    async def scenario() -> tuple[int, int]:
        future = asyncio.get_running_loop().create_future()
        task = asyncio.create_task(wait_forever(future))
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
        await asyncio.sleep(0)
        while_waiting = len(background_tasks)
        future.set_result(None)
        await task
        await asyncio.sleep(0)  # done callbacks run on the loop's next turn
        return while_waiting, len(background_tasks)

    assert asyncio.run(scenario()) == (1, 0)
