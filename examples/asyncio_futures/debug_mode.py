"""asyncio's debug mode (asyncio.run(debug=True), PYTHONASYNCIODEBUG=1 or python -X dev) reports
callbacks that block the loop too long and coroutines that were never awaited, on stderr.
"""

import asyncio
import gc
import time


async def blocks_the_loop() -> None:
    time.sleep(0.15)  # a blocking call: longer than slow_callback_duration (0.1 s by default)


async def forgotten() -> None:
    print("never printed")


async def buggy() -> None:
    await blocks_the_loop()
    forgotten()  # the bug: a coroutine object created and dropped, never awaited
    gc.collect()  # collect it now, so the warning appears now
    print("the program itself runs to the end; the reports are on stderr")


def main() -> None:
    asyncio.run(buggy(), debug=True)


if __name__ == "__main__":
    main()
