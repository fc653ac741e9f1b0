import asyncio

import pytest

from examples.asyncio_in_action.run_until_complete import start_and_return


@pytest.mark.timeout(10)
def test_closing_the_loop_with_a_task_pending_does_not_cancel_it():
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(lambda loop, context: None)  # "Task was destroyed" report
    loop.run_until_complete(start_and_return())
    (straggler,) = asyncio.all_tasks(loop)
    loop.close()  # unlike asyncio.run(), close() cancels nothing
    assert not straggler.done()
