import math

import pytest

from examples.pools import prime_factor, prime_factor_notes

NUMBERS = [*range(2, 3_000), 65_536, 99_991, 123_456, 1_234_567]


def is_prime(number: int) -> bool:
    return number >= 2 and all(number % d for d in range(2, math.isqrt(number) + 1))


def check_factors(factors: list[int], number: int) -> None:
    assert math.prod(factors) == number
    assert factors == sorted(factors)
    assert all(is_prime(f) for f in factors)


def test_notes_version_mixes_factors_and_factor():
    assert prime_factor_notes.prime_factor(13) == []  # a prime comes back empty
    with pytest.raises(UnboundLocalError, match="factors"):
        prime_factor_notes.prime_factor(12)  # any composite number raises


def test_notes_version_fails_in_the_parent_with_the_workers_exception(run_example):
    run = run_example("pools/prime_factor_notes.py", timeout=30)
    assert run.returncode == 1
    assert "multiprocessing.pool.RemoteTraceback" in run.stderr  # the worker's traceback
    assert "the factors of" not in run.stdout


def test_fixed_version_returns_primes_whose_product_is_the_number():
    for number in NUMBERS:
        check_factors(prime_factor.prime_factor(number), number)
