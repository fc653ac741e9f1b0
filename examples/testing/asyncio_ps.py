"""python -m asyncio ps PID (3.14+): list a running program's tasks from outside.

The program starts the tool on its own process id while its tasks wait, and
checks that the listing names them. Naming tasks (name=...) is what makes the
listing readable: unnamed tasks show as Task-1, Task-2, ...
"""

import asyncio
import os
import subprocess
import sys


async def poll_feed(interval: float) -> None:
    while True:
        await asyncio.sleep(interval)


async def main_async() -> str:
    async with asyncio.TaskGroup() as group:
        feed = group.create_task(poll_feed(1), name="poll-feed")
        result = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-m", "asyncio", "ps", str(os.getpid())],
            capture_output=True,
            encoding="utf-8",
            timeout=60,
            check=False,
        )
        feed.cancel()
    return result.stdout


def main() -> None:
    if sys.version_info < (3, 14):
        print("needs Python 3.14 (python -m asyncio ps)")
        return
    listing = asyncio.run(main_async())
    rows = [line.split() for line in listing.splitlines()]
    names = {row[2] for row in rows if len(row) > 3}
    print(f"the listing names the task 'poll-feed': {'poll-feed' in names}")
    feed = next((row for row in rows if "poll-feed" in row), [])
    print(f"and shows it in poll_feed(): {'poll_feed' in ' '.join(feed)}")


if __name__ == "__main__":
    main()
