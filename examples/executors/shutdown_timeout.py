"""Python 3.13+: asyncio.run() waits for the default executor's threads at most
300 s, then warns and returns - and the interpreter still joins the thread before
the process exits. Shown with asyncio.run()'s steps and a 0.2 s limit instead.
"""

import asyncio
import sys
import threading
import time

JOB = 1.0  # seconds of blocking work that nothing will interrupt
LIMIT = 0.1  # the caller's timeout
SHUTDOWN_LIMIT = 0.2  # asyncio.run() passes constants.THREAD_JOIN_TIMEOUT, 300


def blocking_job(seconds: float) -> None:
    time.sleep(seconds)
    print("worker thread: job finished, after main() had returned")


async def abandon() -> None:
    try:
        async with asyncio.timeout(LIMIT):
            await asyncio.to_thread(blocking_job, JOB)
    except TimeoutError:
        print(f"TimeoutError after {LIMIT} s: the thread runs on")


def main() -> None:
    if sys.version_info < (3, 13):
        sys.exit("this example needs Python 3.13 or later: earlier versions wait "
                 "for the thread without a limit")
    loop = asyncio.new_event_loop()
    loop.run_until_complete(abandon())
    # What asyncio.run() does on its way out, with a shorter limit than its 300 s:
    # past the limit, asyncio warns (a RuntimeWarning, on stderr) and stops waiting.
    loop.run_until_complete(loop.shutdown_default_executor(timeout=SHUTDOWN_LIMIT))
    loop.close()
    running = [t for t in threading.enumerate() if t.name.startswith("asyncio")]
    print(f"main() returns; executor threads still running: {len(running)}")
    # The process does not end here: at exit, Python joins the executor's threads.


if __name__ == "__main__":
    main()
