import asyncio

import pytest

from examples.structured_concurrency.own_cancellation import (
    give_up_after,
)


@pytest.mark.timeout(10)
def test_the_scope_returns_the_result_when_the_work_is_in_time():
    assert asyncio.run(give_up_after(10, asyncio.sleep(0, "in time"))) == "in time"
