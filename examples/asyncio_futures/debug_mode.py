"""asyncio's debug mode (asyncio.run(debug=True), PYTHONASYNCIODEBUG=1 or
python -X dev) reports steps that block the loop too long and coroutines never
awaited, on stderr.
"""

import asyncio
import time


async def blocks_the_loop() -> None:
    time.sleep(0.15)  # a blocking call: longer than slow_callback_duration (0.1 s)


async def forgotten() -> None:
    print("never printed")


async def buggy() -> None:
    await blocks_the_loop()
    # The bug: a coroutine object made and dropped at once, never awaited. Reference
    # counting frees it on this line; freeing an unawaited coroutine is what warns.
    forgotten()
    print("the program itself runs to the end; the reports are on stderr")


def main() -> None:
    asyncio.run(buggy(), debug=True)


if __name__ == "__main__":
    main()
