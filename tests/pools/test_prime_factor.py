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


def check_example_output(stdout: str, count: int) -> None:
    lines = stdout.splitlines()
    assert len(lines) == count
    for line in lines:
        value, factors = line.removeprefix("the factors of ").split(" are ")
        check_factors([int(f) for f in factors.strip("[]").split(", ")], int(value))


def test_notes_version_mixes_factors_and_factor():
    assert prime_factor_notes.prime_factor(13) == []  # a prime comes back empty
    with pytest.raises(UnboundLocalError, match="factors"):
        prime_factor_notes.prime_factor(12)  # any composite number raises


def test_notes_version_fails_in_the_parent_with_the_workers_exception(run_example):
    run = run_example("pools/prime_factor_notes.py", timeout=30)
    assert run.returncode == 1
    last = run.stderr.strip().splitlines()[-1]
    assert last.startswith("UnboundLocalError:")
    assert "multiprocessing.pool.RemoteTraceback" in run.stderr  # the worker's traceback
    assert "the factors of" not in run.stdout


def test_fixed_version_returns_primes_whose_product_is_the_number():
    for number in NUMBERS:
        check_factors(prime_factor.prime_factor(number), number)


def test_pool_returns_results_in_input_order(run_example):
    run = run_example("pools/prime_factor.py", timeout=30)
    assert run.returncode == 0, run.stderr
    check_example_output(run.stdout, 5)
    assert run.stdout.startswith("the factors of 10007 are [10007]\n")
