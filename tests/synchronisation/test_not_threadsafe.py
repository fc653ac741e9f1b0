import asyncio
import threading

import pytest


@pytest.mark.timeout(30)
def test_debug_mode_makes_the_unsafe_call_raise_in_the_calling_thread():
    async def scenario() -> tuple[list[str], bool]:
        event = asyncio.Event()
        waiter = asyncio.ensure_future(event.wait())
        await asyncio.sleep(0)  # the waiter is now waiting
        errors: list[str] = []

        def setter() -> None:
            try:
                event.set()
            except RuntimeError as error:
                errors.append(str(error))

        thread = threading.Thread(target=setter)
        thread.start()
        thread.join()
        await asyncio.wait({waiter}, timeout=0.2)
        return errors, waiter.done()

    # Not asyncio.run(): at exit it would cancel the stuck waiter and wait for it forever.
    loop = asyncio.new_event_loop()
    loop.set_debug(True)
    try:
        errors, woke = loop.run_until_complete(scenario())
    finally:
        loop.close()
    assert errors == ["Non-thread-safe operation invoked on an event loop other than "
                      "the current one"]
    assert not woke  # its wake-up was never scheduled: it stays stuck
