"""asyncio's primitives are not thread-safe: set() from another thread does not wake
a sleeping event loop. loop.call_soon_threadsafe() does."""

import asyncio
import threading
import time

SET_AFTER = 0.05  # the thread sets the event this long after the wait starts
LOOP_TIMEOUT = 1.0  # the only other thing that can wake the loop


async def time_wakeup(threadsafe: bool) -> float:
    """Seconds between the wait starting and the waiting task running again."""
    loop = asyncio.get_running_loop()
    event = asyncio.Event()

    def setter() -> None:
        time.sleep(SET_AFTER)
        if threadsafe:
            loop.call_soon_threadsafe(event.set)  # queued and the loop woken up
        else:
            event.set()  # wrong: runs in this thread, nobody wakes the loop

    waiter = asyncio.ensure_future(event.wait())
    thread = threading.Thread(target=setter)
    started = time.perf_counter()
    thread.start()
    await asyncio.wait({waiter}, timeout=LOOP_TIMEOUT)
    elapsed = time.perf_counter() - started
    thread.join()
    waiter.cancel()
    return elapsed


async def run() -> None:
    for threadsafe, label in (
        (False, "event.set() from a thread"),
        (True, "call_soon_threadsafe(event.set)"),
    ):
        elapsed = await time_wakeup(threadsafe)
        when = (
            "only when the 1 s timeout woke the loop"
            if elapsed >= 0.9 * LOOP_TIMEOUT
            else "promptly"
        )
        print(f"{label:<32} -> noticed {when}")


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
