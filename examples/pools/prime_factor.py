"""The notes' prime_factor, fixed, run by a process pool used as a context
manager."""

from multiprocessing import Pool


def prime_factor(value: int) -> list[int]:
    """The prime factors of value (at least 2), smallest first, by the notes'
    algorithm."""
    factors: list[int] = []  # one name, used on every path
    for divisor in range(2, value - 1):
        quotient, remainder = divmod(value, divisor)
        if not remainder:
            factors.extend(prime_factor(divisor))
            factors.extend(prime_factor(quotient))
            break
    else:
        factors = [value]
    return factors


def main() -> None:
    to_factor = [10_007, 12_345, 65_536, 99_991, 123_456]
    # The pool lives inside main(): under spawn and forkserver, each worker imports
    # this file again, and must not start pools of its own.
    with Pool() as pool:
        results = pool.map(prime_factor, to_factor)  # in the order of to_factor
    for value, factors in zip(to_factor, results, strict=True):
        print(f"the factors of {value} are {factors}")


if __name__ == "__main__":
    main()
