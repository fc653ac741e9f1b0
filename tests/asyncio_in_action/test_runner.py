import asyncio

import pytest

from examples.asyncio_in_action.runner import TracingLoop, current_loop


@pytest.mark.timeout(10)
def test_runner_uses_the_factorys_loop_for_every_run_and_closes_it():
    with asyncio.Runner(loop_factory=TracingLoop) as runner:
        loops = [runner.run(current_loop()) for _ in range(3)]
        assert all(loop is loops[0] for loop in loops)
        assert isinstance(loops[0], TracingLoop)
        assert loops[0].tasks_created == 3
    assert loops[0].is_closed()


@pytest.mark.timeout(10)
def test_runner_without_a_factory_makes_a_standard_loop():
    with asyncio.Runner() as runner:
        loop = runner.run(current_loop())
        assert not isinstance(loop, TracingLoop)
