"""async def is not documentation: await is a SyntaxError anywhere else, an
async def without any await is still a coroutine function, and the pre-3.5
@asyncio.coroutine decorator no longer exists.
"""

import asyncio
import inspect

SOURCES = {
    "await at module level": "await asyncio.sleep(1)\n",
    "await in a plain def": "def f():\n    await asyncio.sleep(1)\n",
    "await in an async def": "async def f():\n    await asyncio.sleep(1)\n",
}
steps: list[str] = []


async def no_await() -> str:
    steps.append("body ran")  # no await anywhere in this function
    return "done"


def main() -> None:
    for label, source in SOURCES.items():
        try:
            compile(source, "<example>", "exec")
            print(f"{label}: compiles")
        except SyntaxError as error:
            print(f"{label}: SyntaxError: {error.msg}")

    coroutine = no_await()
    print(f"async def without await: coroutine function: "
          f"{inspect.iscoroutinefunction(no_await)}; calling it returned "
          f"{type(coroutine).__name__}; body ran: {bool(steps)}")
    result = asyncio.run(coroutine)
    print(f"asyncio.run() of it: {result!r}; body ran: {bool(steps)}")
    try:
        asyncio.coroutine  # noqa: B018 - the attribute access is the point
    except AttributeError as error:
        print(f"asyncio.coroutine: AttributeError: {error}")


if __name__ == "__main__":
    main()
