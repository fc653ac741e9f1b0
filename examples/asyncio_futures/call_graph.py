"""Python 3.14+: asyncio.capture_call_graph() shows which task awaits which, from
inside the program; with --hold it waits for a line on stdin, so that
`python -m asyncio ps PID` can inspect it from outside.
"""

import asyncio
import os
import sys


async def download(release: asyncio.Event) -> None:
    await release.wait()


async def album(release: asyncio.Event) -> None:
    async with asyncio.TaskGroup() as group:
        for track in ("track-1", "track-2"):
            group.create_task(download(release), name=track)


async def inspect_myself(hold: bool) -> None:
    release = asyncio.Event()
    async with asyncio.TaskGroup() as group:
        group.create_task(album(release), name="album")
        await asyncio.sleep(0.01)  # let every task reach its await
        tracks = [task for task in asyncio.all_tasks()
                  if task.get_name().startswith("track")]
        graph = asyncio.capture_call_graph(min(tracks, key=lambda t: t.get_name()))
        stack = [entry.frame.f_code.co_name for entry in graph.call_stack]
        print(f"task: {graph.future.get_name()}")
        print(f"its call stack: {stack}")
        awaited_by = [parent.future.get_name() for parent in graph.awaited_by]
        print(f"awaited by: {awaited_by}")
        if hold:
            print(f"pid {os.getpid()}: waiting for a line on stdin", flush=True)
            async with asyncio.timeout(60):  # never wait forever
                await asyncio.to_thread(sys.stdin.readline)
        release.set()


def main() -> None:
    if sys.version_info < (3, 14):
        sys.exit("this example needs Python 3.14 or later "
                 "(asyncio.capture_call_graph)")
    asyncio.run(inspect_myself(hold="--hold" in sys.argv[1:]))


if __name__ == "__main__":
    main()
