import asyncio

from examples.asyncio_in_action.run_until_complete import start_and_return


def test_run_until_complete_leaves_other_tasks_pending():
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(start_and_return())
        pending = asyncio.all_tasks(loop)
        assert [t.get_name() for t in pending] == ["straggler"]
        assert not any(t.done() for t in pending)
        for task in pending:
            task.cancel()
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        assert all(t.cancelled() for t in pending)
    finally:
        loop.close()
