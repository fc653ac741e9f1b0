"""The notes' prime_factor, as printed: it mixes `factors` and `factor`, so the pool
re-raises."""

from multiprocessing.pool import Pool


def prime_factor(value: int) -> list[int]:
    factor = []
    for divisor in range(2, value - 1):
        quotient, remainder = divmod(value, divisor)
        if not remainder:
            factors.extend(prime_factor(divisor))  # noqa: F821 - only assigned in the else
            factor.extend(prime_factor(quotient))
            break
    else:
        factors = [value]  # noqa: F841
    return factor  # for a prime: the empty list `factor`, not `factors`


def main() -> None:
    # a prime: no exception, just []
    print(f"prime_factor(13) = {prime_factor(13)}")
    with Pool() as pool:
        to_factor = [10_007, 12_345, 65_536]
        # 12_345 raises in a worker, and here
        results = pool.map(prime_factor, to_factor)
        for value, factors in zip(to_factor, results, strict=True):
            print(f"the factors of {value} are {factors}")


if __name__ == "__main__":
    main()
