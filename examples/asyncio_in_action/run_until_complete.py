"""run_until_complete() returns as soon as its own coroutine finishes, even if other
tasks are still pending; asyncio.run() cancels such leftovers and waits for them
before returning.
"""

import asyncio


async def straggler(release: asyncio.Event) -> None:
    try:
        await release.wait()  # nobody sets it
    except asyncio.CancelledError:
        print("straggler: cancelled, cleaning up")
        raise


background: set[asyncio.Task] = set()  # strong references (see §0.9)


async def start_and_return() -> str:
    task = asyncio.create_task(straggler(asyncio.Event()), name="straggler")
    background.add(task)
    task.add_done_callback(background.discard)
    await asyncio.sleep(0)  # let it start
    return "start_and_return is done"


def main() -> None:
    loop = asyncio.new_event_loop()
    print(loop.run_until_complete(start_and_return()))
    pending = asyncio.all_tasks(loop)
    names = sorted(task.get_name() for task in pending)
    print(f"still pending after run_until_complete: {names}")
    for task in pending:  # clean up by hand: what asyncio.run() does for you
        task.cancel()
    loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.close()

    print(asyncio.run(start_and_return()))
    print("asyncio.run() returned after cancelling the straggler")


if __name__ == "__main__":
    main()
