"""map, imap_unordered, apply_async and map_async: four ways to hand work to a
Pool."""

import multiprocessing
import time
from multiprocessing import Pool


def square(number: int) -> int:
    return number * number


def slow_square(number: int) -> int:
    time.sleep(30)  # far longer than anyone will wait below
    return number * number


def main() -> None:
    with Pool(processes=2) as pool:
        # map: blocks until every result is back, and returns them in input order.
        print(f"map:             {pool.map(square, range(6))}")

        # imap_unordered: an iterator that yields each result as soon as it is
        # ready.
        arrivals = list(pool.imap_unordered(square, range(6)))
        print(
            f"imap_unordered:  {sorted(arrivals)} (sorted here: arrival order "
            "varies)"
        )

        # apply_async: one call, returns an AsyncResult at once. The callback runs
        # in the pool's result-handler thread of this process, before get() returns.
        seen: list[int] = []
        single = pool.apply_async(square, (7,), callback=seen.append)
        print(
            f"apply_async:     get() -> {single.get(timeout=10)}, callback saw "
            f"{seen}"
        )

        # map_async: map without blocking; the callback receives the whole list.
        batch = pool.map_async(square, range(4), callback=seen.append)
        print(
            f"map_async:       get() -> {batch.get(timeout=10)}, callback saw "
            f"{seen[-1]}"
        )

        # get(timeout) raises multiprocessing.TimeoutError; the task keeps running.
        pending = pool.apply_async(slow_square, (3,))
        try:
            pending.get(timeout=0.1)
        except multiprocessing.TimeoutError:
            print(
                f"get(timeout=0.1) raised TimeoutError; ready() = {pending.ready()}"
            )
    # Leaving the with block called pool.terminate(): the slow task was killed, not
    # awaited.


if __name__ == "__main__":
    main()
