"""Executor.map returns results in input order; a worker's exception is raised when
the iteration reaches its item; map(timeout=) bounds the whole iteration.
"""

import time
from concurrent.futures import ThreadPoolExecutor


def square(number: int) -> int:
    if number == 3:
        raise ValueError("3 is not welcome")
    return number * number


def slow_square(number: int) -> int:
    time.sleep(0.5 if number == 2 else 0)
    return number * number


def main() -> None:
    with ThreadPoolExecutor(max_workers=4) as executor:
        # every call is submitted right away
        results = executor.map(square, range(5))
        try:
            for number in results:
                print(f"got {number}")
        except ValueError as error:
            print(f"iteration stopped at item 3: {error}")

        try:
            print(list(executor.map(slow_square, range(4), timeout=0.2)))
        # the pool still finishes the slow call before the with exits
        except TimeoutError:
            print(
                "map(timeout=0.2) raised TimeoutError while item 2 was still "
                "running"
            )


if __name__ == "__main__":
    main()
