import asyncio
import gc
import weakref

import pytest

from examples.asyncio_basics.task_references import background_tasks, wait_forever


@pytest.mark.timeout(10)
def test_only_the_task_kept_in_a_set_survives_garbage_collection():
    async def scenario() -> tuple[bool, bool, int]:
        loop = asyncio.get_running_loop()
        loop.set_exception_handler(lambda loop, context: None)  # the "destroyed" report
        forgotten = weakref.ref(asyncio.create_task(wait_forever(loop.create_future())))
        task = asyncio.create_task(wait_forever(loop.create_future()))
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
        kept = weakref.ref(task)
        del task
        await asyncio.sleep(0)
        gc.collect()
        survived = (forgotten() is not None, kept() is not None)
        for pending in list(background_tasks):
            pending.cancel()
        await asyncio.gather(*background_tasks, return_exceptions=True)
        return *survived, len(background_tasks)

    assert asyncio.run(scenario()) == (False, True, 0)
