"""Pools pickle the function they run: a lambda or a function defined inside another
cannot go."""

import pickle
from multiprocessing import Pool


# module level: pickled by name, imported by the worker
def double(number: int) -> int:
    return 2 * number


def main() -> None:
    def triple(number: int) -> int:  # local: there is no name a worker could import
        return 3 * number

    with Pool(processes=1) as pool:
        print(f"module-level function: {pool.map(double, [1, 2, 3])}")
        for function in (lambda number: 4 * number, triple):
            try:
                pool.map(function, [1, 2, 3])
            # AttributeError up to Python 3.13, pickle.PicklingError from 3.14.
            except (AttributeError, pickle.PicklingError) as error:
                print(f"{type(error).__name__}: {error}")


if __name__ == "__main__":
    main()
