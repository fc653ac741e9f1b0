"""The notes' RuntimeError, reproduced: run_until_complete() called while the loop
is already running - as in a Jupyter cell, where the kernel's loop always runs.
"""

import asyncio


async def answer() -> int:
    await asyncio.sleep(0)
    return 42


async def notebook_cell() -> None:
    loop = asyncio.get_running_loop()  # in Jupyter, get_event_loop() returns it
    coroutine = answer()
    try:
        loop.run_until_complete(coroutine)
    except RuntimeError as error:
        coroutine.close()  # it never ran: close it, or Python warns "never awaited"
        print(f"run_until_complete inside a running loop: RuntimeError: {error}")
    print(f"await instead (top-level await in a notebook): {await answer()}")


def main() -> None:
    asyncio.run(notebook_cell())


if __name__ == "__main__":
    main()
