"""Calling an async def function runs none of its body: it returns a coroutine
object, which runs only when something awaits it or hands it to the event loop.
"""

import asyncio
import inspect

steps: list[str] = []


async def fetch(name: str) -> str:
    steps.append(f"fetch({name!r}) body starts")
    await asyncio.sleep(0)  # a point where it pauses and lets others run
    steps.append(f"fetch({name!r}) body ends")
    return name.upper()


async def show_coroutine() -> None:
    coroutine = fetch("a")
    print(f"fetch is a coroutine function: {inspect.iscoroutinefunction(fetch)}")
    print(f"fetch('a') returned {type(coroutine).__name__}; steps so far: {steps}")
    result = await coroutine  # now the body runs, inside this task
    print(f"await gave {result!r}; steps: {steps}")


def main() -> None:
    # Make a loop, run the coroutine to its end, close the loop.
    asyncio.run(show_coroutine())


if __name__ == "__main__":
    main()
