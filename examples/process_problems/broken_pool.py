"""A worker that dies breaks a ProcessPoolExecutor for good; recover with a new
executor."""

import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool


def die() -> None:
    os._exit(1)  # the process ends at once, as if it had been killed


def square(number: int) -> int:
    return number * number


def main() -> None:
    with ProcessPoolExecutor(max_workers=2) as executor:
        doomed = executor.submit(die)
        try:
            doomed.result(timeout=30)
        except BrokenProcessPool as error:
            print(f"result() raised BrokenProcessPool: {error}")
        try:
            executor.submit(square, 2)
        except BrokenProcessPool:
            print("submit() raises BrokenProcessPool too: the executor is unusable")

    # The only recovery is a new executor (and resubmitting whatever did not
    # finish).
    with ProcessPoolExecutor(max_workers=2) as executor:
        print(f"a new executor works: {list(executor.map(square, range(5)))}")


if __name__ == "__main__":
    main()
