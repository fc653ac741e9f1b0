"""Task.cancelling() counts the cancel requests a task has not dealt with yet.
Suppressing a CancelledError is only correct together with Task.uncancel(); a
task that forgets still looks as if a cancellation were pending (3.11+)."""

import asyncio


async def step_with_own_deadline(forget: bool) -> str:
    """Cancel ourselves (as a deadline would), catch it, and carry on."""
    task = asyncio.current_task()
    assert task is not None
    task.cancel()
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        if not forget:
            task.uncancel()  # the request was ours, and it is handled
    return f"carried on; cancelling() = {task.cancelling()}"


async def run() -> None:
    for forget in (False, True):
        label = "forgot uncancel()" if forget else "called uncancel()"
        print(
            f"{label}: {await asyncio.create_task(step_with_own_deadline(forget))}"
        )


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
