"""An exception raised in a pool worker is raised again in the parent, with its
traceback."""

from multiprocessing import Pool


def divide(numerator: int, denominator: int) -> float:
    return numerator / denominator


def main() -> None:
    with Pool(processes=2) as pool:
        try:
            pool.apply_async(divide, (1, 0)).get(timeout=10)
        except ZeroDivisionError as error:
            print(f"the parent caught ZeroDivisionError: {error}")
            # the worker's traceback, formatted there, as text
            remote = error.__cause__
            print(f"its __cause__ is {type(remote).__name__}:")
            print(str(remote).strip())
        # One failing task does not break the pool.
        print(f"the pool still works: {pool.starmap(divide, [(1, 2), (3, 4)])}")


if __name__ == "__main__":
    main()
