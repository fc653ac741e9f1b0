import asyncio
import sys

import pytest

from examples.asyncio_in_action.loop_factory import ChosenLoop, which_loop


@pytest.mark.skipif(sys.version_info < (3, 12), reason="needs Python 3.12")
@pytest.mark.timeout(10)
def test_asyncio_run_without_a_factory_uses_the_default_loop():
    asyncio.run(which_loop(), loop_factory=ChosenLoop)
    assert asyncio.run(which_loop()) != "ChosenLoop"  # the factory does not stick


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="tests Python 3.11")
def test_asyncio_run_has_no_loop_factory_on_311(run_example):
    coroutine = which_loop()
    with pytest.raises(TypeError):
        asyncio.run(coroutine, loop_factory=ChosenLoop)
    coroutine.close()
    run = run_example("asyncio_in_action/loop_factory.py", timeout=30)
    assert run.returncode == 1
    assert run.stderr.startswith("this example needs Python 3.12 or later")
