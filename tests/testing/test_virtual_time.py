import asyncio
import time

import pytest

from examples.testing.virtual_time import VirtualTimeLoop, call_with_timeout, slow_call


def run(coro):
    with asyncio.Runner(loop_factory=VirtualTimeLoop) as runner:
        return runner.run(coro)


async def timed(seconds: float, timeout: float) -> tuple[str, float]:
    loop = asyncio.get_running_loop()
    start = loop.time()
    outcome = await call_with_timeout(seconds, timeout)
    return outcome, loop.time() - start


@pytest.mark.timeout(30)
def test_a_50_ms_timeout_fires_at_50_virtual_ms_not_before():
    assert run(timed(0.0499, 0.050)) == ("answer", pytest.approx(0.0499))
    assert run(timed(0.0501, 0.050)) == ("timed out", pytest.approx(0.050))


@pytest.mark.timeout(30)
def test_a_day_of_virtual_sleeping_takes_no_real_time():
    start = time.monotonic()
    assert run(slow_call(86_400)) == "answer"
    assert time.monotonic() - start < 2


@pytest.mark.timeout(30)
def test_timers_fire_in_order_of_virtual_time():
    async def order() -> list[int]:
        done: list[int] = []

        async def after(ms: int) -> None:
            await asyncio.sleep(ms / 1000)
            done.append(ms)

        async with asyncio.TaskGroup() as group:
            for ms in (30, 10, 20, 5):
                group.create_task(after(ms))
        return done

    assert run(order()) == [5, 10, 20, 30]
