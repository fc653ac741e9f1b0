from examples.pools import prime_factor, prime_factor_fast
from tests.pools.test_prime_factor import NUMBERS, check_factors


def test_fast_version_returns_primes_whose_product_is_the_number():
    for number in [*NUMBERS, 4_999_999, 4_999_998, 2**40, 999_983 * 1_000_003]:
        check_factors(prime_factor_fast.prime_factor(number), number)


def test_both_algorithms_agree_on_every_number():
    for number in NUMBERS:
        assert prime_factor_fast.prime_factor(number) == prime_factor.prime_factor(number)
