"""The rare legitimate way to suppress a cancellation: only the code that asked for
it may, and it checks with Task.uncancel() that nobody else asked too - as
asyncio.timeout() does. A scope that skips the check swallows an outer deadline.
"""

import asyncio
from collections.abc import Coroutine
from typing import Any


async def give_up_after(delay: float, work: Coroutine[Any, Any, str]) -> str | None:
    """A home-made scope: cancel this task after delay, and turn only that
    cancellation into a None result."""
    task = asyncio.current_task()
    assert task is not None
    fired = False

    def expire() -> None:
        nonlocal fired
        fired = True
        task.cancel()

    timer = asyncio.get_running_loop().call_later(delay, expire)
    try:
        return await work
    except asyncio.CancelledError:
        # uncancel() withdraws our request and returns how many others are pending.
        if fired and task.uncancel() == 0:
            return None  # it was ours alone: suppress it
        raise  # somebody else cancelled this task too: let it go on
    finally:
        timer.cancel()


async def give_up_naively(delay: float,
                          work: Coroutine[Any, Any, str]) -> str | None:
    """The same scope without the check: it swallows every cancellation."""
    task = asyncio.current_task()
    assert task is not None
    timer = asyncio.get_running_loop().call_later(delay, task.cancel)
    try:
        return await work
    except asyncio.CancelledError:
        return None  # the bug: whose cancellation was it?
    finally:
        timer.cancel()


async def outer_deadline(scope: Any) -> str:
    """An outer timeout expires while the inner scope's own deadline is far away."""
    try:
        async with asyncio.timeout(0.05):
            result = await scope(10, asyncio.sleep(30, "slept"))
    except TimeoutError:
        return "outer TimeoutError raised"
    return f"outer deadline lost: the block ended normally with {result!r}"


async def main_async() -> None:
    result = await give_up_after(0.05, asyncio.sleep(30, "slept"))
    left = asyncio.current_task().cancelling()
    print(f"own deadline only: result {result!r}, cancellations pending: {left}")
    checked = await outer_deadline(give_up_after)
    print(f"checked scope under an outer timeout: {checked}")
    naive = await outer_deadline(give_up_naively)
    print(f"naive scope under an outer timeout: {naive}")


def main() -> None:
    asyncio.run(main_async())


if __name__ == "__main__":
    main()
