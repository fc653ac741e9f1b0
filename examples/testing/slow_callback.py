"""asyncio debug mode names the task that held the loop too long.

A task called time.sleep() instead of awaiting asyncio.sleep(). In debug mode,
every step that runs longer than loop.slow_callback_duration is logged on the
"asyncio" logger, with the task's repr: naming the task makes the report say
who it was.
"""

import asyncio
import logging
import time


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


async def blocker() -> None:
    time.sleep(0.3)  # the bug: blocks the whole loop for 300 ms


async def polite() -> None:
    await asyncio.sleep(0.2)


async def main_async() -> None:
    asyncio.get_running_loop().slow_callback_duration = 0.1  # the default
    async with asyncio.TaskGroup() as group:
        group.create_task(blocker(), name="blocker")
        group.create_task(polite(), name="polite")


def main() -> None:
    collect = Collect()
    logger = logging.getLogger("asyncio")
    logger.addHandler(collect)
    logger.propagate = False  # keep the report off stderr for this page
    asyncio.run(main_async(), debug=True)
    slow = [m for m in collect.messages if m.startswith("Executing")]
    blocker_named = any("'blocker'" in m for m in slow)
    polite_named = any("'polite'" in m for m in slow)
    print(f"a warning names the task 'blocker': {blocker_named}")
    print(f"a warning names the task 'polite': {polite_named}")


if __name__ == "__main__":
    main()
