"""multiprocessing.Pool replaces a worker that dies, but the task it was running
never returns."""

import multiprocessing
import os


def die() -> None:
    os._exit(1)  # the process ends at once, as if it had been killed


def square(number: int) -> int:
    return number * number


def main() -> None:
    # Spawn, explicitly: the pool forks its replacement worker while its own threads
    # are running, which Python 3.12+ warns about under the fork start method.
    context = multiprocessing.get_context("spawn")
    with context.Pool(processes=1) as pool:
        lost = pool.apply_async(die)
        try:
            lost.get(timeout=1)  # without a timeout, this get() would never return
        except multiprocessing.TimeoutError:
            print(f"the dead worker's task: get(timeout=1) raised TimeoutError, "
                  f"ready() = {lost.ready()}")
        replacement = pool.apply_async(square, (7,)).get(timeout=30)
        print(f"a replacement worker ran the next task: {replacement}")


if __name__ == "__main__":
    main()
