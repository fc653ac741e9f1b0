"""From a plain thread, run a coroutine on an event loop that runs in another
thread: asyncio.run_coroutine_threadsafe() returns a concurrent.futures.Future to
wait on."""

import asyncio
import threading


async def lookup(key: str) -> str:
    await asyncio.sleep(0.01)
    return f"{key}={len(key)} (computed in {threading.current_thread().name})"


def main() -> None:
    loop = asyncio.new_event_loop()
    loop_thread = threading.Thread(target=loop.run_forever, name="loop-thread")
    loop_thread.start()
    try:
        for key in ("alpha", "beta"):
            future = asyncio.run_coroutine_threadsafe(lookup(key), loop)
            # Blocks this thread only; .result(timeout) raises TimeoutError if late.
            print(
                f"{threading.current_thread().name} got {future.result(timeout=10)}"
            )
    finally:
        loop.call_soon_threadsafe(
            loop.stop
        )  # loop.stop() itself is not thread-safe
        loop_thread.join()
        loop.close()


if __name__ == "__main__":
    main()
