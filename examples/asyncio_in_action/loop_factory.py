"""Python 3.12+: asyncio.run(main(), loop_factory=...) runs one coroutine on a fresh
loop of the class you choose - how to pick a loop now that policies are deprecated.
"""

import asyncio
import sys


class ChosenLoop(asyncio.SelectorEventLoop):
    """Stands for any other loop class, such as uvloop.Loop."""


async def which_loop() -> str:
    return type(asyncio.get_running_loop()).__name__


def main() -> None:
    if sys.version_info < (3, 12):
        sys.exit("this example needs Python 3.12 or later "
                 "(asyncio.run(loop_factory=...)); on 3.11 use asyncio.Runner")
    chosen = asyncio.run(which_loop(), loop_factory=ChosenLoop)
    print(f"asyncio.run(which_loop(), loop_factory=ChosenLoop) ran on: {chosen}")


if __name__ == "__main__":
    main()
