"""Which list operations are one step? Python code that runs *inside* an operation
sees its intermediate states, and so can another thread on a free-threaded build."""

import sys
from collections.abc import Iterator


def gil_enabled() -> bool:
    if hasattr(sys, "_is_gil_enabled"):  # Python 3.13+
        return sys._is_gil_enabled()
    return True  # before 3.13 every CPython build has a GIL


def seen_during_sort() -> list[int]:
    numbers = [3, 1, 2]
    lengths: list[int] = []

    def key(number: int) -> int:  # runs in the middle of sort()
        lengths.append(len(numbers))
        return number

    numbers.sort(key=key)
    return lengths


def seen_during_extend() -> list[int]:
    numbers: list[int] = []

    def produce() -> Iterator[int]:  # extend() pulls one item at a time
        for _ in range(3):
            yield len(numbers)  # how long the list is at this moment

    numbers.extend(produce())
    return numbers


class Noisy:
    """An element whose == is Python code, run while list.remove() is searching."""

    def __init__(self, log: list[str], name: str) -> None:
        self.log, self.name = log, name

    def __eq__(self, other: object) -> bool:
        self.log.append(f"__eq__ of {self.name} ran during remove()")
        return self is other


def seen_during_remove() -> list[str]:
    log: list[str] = []
    first, second = Noisy(log, "first"), Noisy(log, "second")
    items = [first, second]
    items.remove(second)  # compares with `first` (Python code), then finds `second`
    return log


def main() -> None:
    print(f"GIL enabled: {gil_enabled()}")
    print(f"len(list) seen from sort()'s key function: {seen_during_sort()}")
    print(f"extend(generator) let the generator see lengths {seen_during_extend()}")
    print(f"list.remove(): {seen_during_remove()}")


if __name__ == "__main__":
    main()
