import asyncio

import pytest

from examples.async_protocols.timeout_in_generator import consume, safe, trapped


@pytest.mark.timeout(20)
def test_a_timeout_around_yield_cancels_the_consumer_instead_of_timing_out(capsys):
    async def scenario() -> asyncio.Task[None]:
        task = asyncio.create_task(consume(trapped(), "t"))
        await asyncio.wait({task})
        return task

    task = asyncio.run(scenario())
    assert task.cancelled()  # not a TimeoutError, though nobody called cancel()
    assert capsys.readouterr().out == ""  # neither "finished" nor "TimeoutError"


@pytest.mark.timeout(20)
def test_a_timeout_around_the_fetch_only_lets_a_slow_consumer_finish(capsys):
    asyncio.run(consume(safe(), "s"))
    assert capsys.readouterr().out == "s: finished all items\n"
