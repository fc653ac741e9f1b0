import asyncio
import contextlib

from examples.async_protocols.aclosing import rows


def test_breaking_out_leaves_the_finally_block_pending_until_closed():
    async def scenario() -> tuple[list[str], list[str]]:
        log: list[str] = []
        stream = rows(log, "g")
        async for _ in stream:
            break
        before = list(log)
        await stream.aclose()
        return before, log

    before, after = asyncio.run(scenario())
    assert before == []
    assert after == ["g: connection released"]


def test_aclosing_runs_the_finally_block_at_the_end_of_the_block():
    async def scenario() -> list[str]:
        log: list[str] = []
        async with contextlib.aclosing(rows(log, "g")) as stream:
            async for _ in stream:
                break
            assert log == []
        return log

    assert asyncio.run(scenario()) == ["g: connection released"]
