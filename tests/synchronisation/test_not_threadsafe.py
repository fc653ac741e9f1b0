import asyncio

import pytest

from examples.synchronisation.not_threadsafe import LOOP_TIMEOUT, SET_AFTER, time_wakeup


@pytest.mark.timeout(30)
def test_an_unsafe_set_is_noticed_only_when_something_else_wakes_the_loop():
    elapsed = asyncio.run(time_wakeup(threadsafe=False))
    assert elapsed >= 0.9 * LOOP_TIMEOUT


@pytest.mark.timeout(30)
def test_call_soon_threadsafe_wakes_the_loop_long_before_the_timeout():
    elapsed = asyncio.run(time_wakeup(threadsafe=True))
    assert SET_AFTER <= elapsed < 0.9 * LOOP_TIMEOUT
