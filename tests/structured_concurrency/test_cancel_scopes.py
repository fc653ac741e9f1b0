import asyncio

import pytest

from examples.structured_concurrency.cancel_scopes import (
    nested_scopes,
    swallowed,
    timeout_around_group,
)


@pytest.mark.timeout(10)
def test_expired_timeout_cancels_every_child_of_the_group():
    assert asyncio.run(timeout_around_group()).endswith(
        "TimeoutError, ['a cancelled', 'b cancelled', 'c cancelled']")


@pytest.mark.timeout(10)
def test_only_the_expired_scope_raises():
    assert asyncio.run(nested_scopes()) == "nested: inner expired True, outer expired False"


@pytest.mark.timeout(10)
def test_swallowing_cancelled_error_defeats_the_timeout():
    assert asyncio.run(swallowed()).startswith("swallowed: no TimeoutError although expired=True")
