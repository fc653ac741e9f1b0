"""Python 3.14 and 3.15: the event-loop policy system and
asyncio.iscoroutinefunction warn DeprecationWarning; Python 3.16 removes them.
"""

import asyncio
import sys
import warnings
from collections.abc import Callable
from typing import Any


async def example() -> None:
    pass


USES: dict[str, Callable[[], Any]] = {
    "asyncio.get_event_loop_policy()": lambda: asyncio.get_event_loop_policy(),
    "asyncio.set_event_loop_policy(None)": (
        lambda: asyncio.set_event_loop_policy(None)),
    "asyncio.DefaultEventLoopPolicy": lambda: asyncio.DefaultEventLoopPolicy,
    "asyncio.iscoroutinefunction(f)": lambda: asyncio.iscoroutinefunction(example),
}


def main() -> None:
    if sys.version_info[:2] not in ((3, 14), (3, 15)):
        sys.exit("this example shows Python 3.14 and 3.15: earlier versions do not "
                 "warn, and 3.16 removes these names")
    for label, use in USES.items():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            use()
        categories = sorted({warning.category.__name__ for warning in caught})
        removal = any("3.16" in str(warning.message) for warning in caught)
        print(f"{label}: {categories}, names 3.16 for removal: {removal}")


if __name__ == "__main__":
    main()
