import asyncio

import pytest

from examples.asyncio_in_action.runner import TracingLoop, current_loop


@pytest.mark.timeout(10)
def test_runner_without_a_factory_makes_a_standard_loop():
    with asyncio.Runner() as runner:
        loop = runner.run(current_loop())
        assert not isinstance(loop, TracingLoop)
