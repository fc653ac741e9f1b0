from examples.pools import prime_factor, prime_factor_fast
from tests.pools.test_prime_factor import NUMBERS, check_example_output, check_factors


def test_fast_version_returns_primes_whose_product_is_the_number():
    for number in [*NUMBERS, 4_999_999, 4_999_998, 2**40, 999_983 * 1_000_003]:
        check_factors(prime_factor_fast.prime_factor(number), number)


def test_both_algorithms_agree_on_every_number():
    for number in NUMBERS:
        assert prime_factor_fast.prime_factor(number) == prime_factor.prime_factor(number)


def test_fast_example_factors_the_top_of_the_notes_range(run_example):
    run = run_example("pools/prime_factor_fast.py", timeout=30)
    assert run.returncode == 0, run.stderr
    check_example_output(run.stdout, 5)
    assert "the factors of 4999999 are [4999999]" in run.stdout
