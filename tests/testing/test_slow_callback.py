import asyncio
import logging
import time

import pytest

from examples.testing.slow_callback import Collect


@pytest.fixture
def collect():
    handler = Collect()
    logger = logging.getLogger("asyncio")
    propagate = logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    yield handler
    logger.removeHandler(handler)
    logger.propagate = propagate


def run_blocking(debug: bool, threshold: float) -> None:
    async def blocker() -> None:
        time.sleep(0.3)

    async def main() -> None:
        asyncio.get_running_loop().slow_callback_duration = threshold
        await asyncio.create_task(blocker(), name="blocker")

    asyncio.run(main(), debug=debug)


def slow(handler: Collect) -> list[str]:
    return [m for m in handler.messages if m.startswith("Executing")]


@pytest.mark.timeout(30)
def test_debug_mode_reports_the_blocking_step_with_the_task_name_and_duration(collect):
    run_blocking(debug=True, threshold=0.1)
    assert any("name='blocker'" in m and "took" in m for m in slow(collect))


@pytest.mark.timeout(30)
def test_without_debug_mode_nothing_is_reported(collect):
    run_blocking(debug=False, threshold=0.1)
    assert slow(collect) == []


@pytest.mark.timeout(30)
def test_a_threshold_above_the_block_reports_nothing(collect):
    run_blocking(debug=True, threshold=5.0)
    assert slow(collect) == []
