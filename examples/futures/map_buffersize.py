"""Python 3.14+: Executor.map(buffersize=N) submits at most N calls ahead of the
consumer, so it can walk an endless iterator; without it, map() would try to submit
every item first.
"""

import itertools
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

submitted: list[int] = []


def tracked(source: Iterator[int]) -> Iterator[int]:
    for number in source:
        submitted.append(number)
        yield number


def square(number: int) -> int:
    return number * number


def main() -> None:
    if sys.version_info < (3, 14):  # say what is needed, not a traceback
        sys.exit("needs Python 3.14+ for Executor.map(buffersize=...)")
    with ThreadPoolExecutor(max_workers=2) as executor:
        results = executor.map(square, tracked(itertools.count()), buffersize=4)
        first_five = list(itertools.islice(results, 5))
        print(f"first five squares: {first_five}")
        print(
            f"items taken from the endless iterator: {len(submitted)} (5 used + at "
            "most 4 ahead)"
        )


if __name__ == "__main__":
    main()
