"""async def is not documentation: await is a SyntaxError anywhere else, and the pre-3.5
@asyncio.coroutine decorator no longer exists.
"""

import asyncio

SOURCES = {
    "await at module level": "await asyncio.sleep(1)\n",
    "await in a plain def": "def f():\n    await asyncio.sleep(1)\n",
    "await in an async def": "async def f():\n    await asyncio.sleep(1)\n",
}


def main() -> None:
    for label, source in SOURCES.items():
        try:
            compile(source, "<example>", "exec")
            print(f"{label}: compiles")
        except SyntaxError as error:
            print(f"{label}: SyntaxError: {error.msg}")
    try:
        asyncio.coroutine  # noqa: B018 - the attribute access is the point
    except AttributeError as error:
        print(f"asyncio.coroutine: AttributeError: {error}")


if __name__ == "__main__":
    main()
