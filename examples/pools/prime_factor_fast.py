"""Trial division up to the square root: the same factors as the notes' algorithm,
far sooner."""

from multiprocessing import Pool


def prime_factor(value: int) -> list[int]:
    """The prime factors of value (at least 2), smallest first."""
    factors = []
    divisor = 2
    # a composite number has a factor <= its square root
    while divisor * divisor <= value:
        while value % divisor == 0:
            factors.append(divisor)
            value //= divisor
        divisor += 1
    if value > 1:  # what is left has no factor <= its square root: it is prime
        factors.append(value)
    return factors


def main() -> None:
    # The top of the notes' range: for 4,999,999 the notes' loop tries about five
    # million divisors, this one about two thousand.
    to_factor = [999_983, 1_234_567, 4_999_999, 4_999_998, 2**22]
    with Pool() as pool:
        results = pool.map(prime_factor, to_factor)
    for value, factors in zip(to_factor, results, strict=True):
        print(f"the factors of {value} are {factors}")


if __name__ == "__main__":
    main()
