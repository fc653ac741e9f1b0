"""The event loop keeps only weak references to tasks: a task nobody references can
be garbage collected before it finishes. Keep fire-and-forget tasks in a set until
they are done.
"""

import asyncio
import gc
import weakref

background_tasks: set[asyncio.Task] = set()


async def wait_forever(future: asyncio.Future) -> None:
    # Nothing else holds this future: only the task and the future see each other.
    await future


def report(loop: asyncio.AbstractEventLoop, context: dict) -> None:
    print(f"the loop reported: {context['message']}")


async def forgotten_and_kept() -> None:
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(report)  # print what asyncio would log to stderr

    forgotten = weakref.ref(asyncio.create_task(wait_forever(loop.create_future())))
    await asyncio.sleep(0)  # let it start and suspend on its future
    gc.collect()
    print(f"forgotten task still exists: {forgotten() is not None}")

    task = asyncio.create_task(wait_forever(loop.create_future()))
    background_tasks.add(task)  # a strong reference...
    task.add_done_callback(background_tasks.discard)  # ...dropped once it is done
    kept = weakref.ref(task)
    del task
    await asyncio.sleep(0)
    gc.collect()
    print(f"kept task still exists: {kept() is not None}")
    for task in list(background_tasks):
        task.cancel()
    await asyncio.gather(*background_tasks, return_exceptions=True)
    print(f"after cancelling, tasks in the set: {len(background_tasks)}")


def main() -> None:
    asyncio.run(forgotten_and_kept())


if __name__ == "__main__":
    main()
