"""CPU-bound work from asyncio: pass an explicit ProcessPoolExecutor to
loop.run_in_executor(); the work runs in other processes, and the loop stays free.
"""

import asyncio
import os
from concurrent.futures import ProcessPoolExecutor


def count_primes(limit: int) -> tuple[int, int]:
    """Pure-Python CPU work; returns (number of primes below limit, worker pid)."""
    sieve = bytearray([1]) * limit
    sieve[0:2] = b"\x00\x00"
    for number in range(2, int(limit**0.5) + 1):
        if sieve[number]:
            multiples = range(number * number, limit, number)
            sieve[number * number::number] = bytes(len(multiples))
    return sum(sieve), os.getpid()


async def crunch(pool: ProcessPoolExecutor, limits: list[int]) -> None:
    loop = asyncio.get_running_loop()
    # Each call returns an awaitable at once; while the workers compute, the loop
    # is free.
    results = await asyncio.gather(
        *(loop.run_in_executor(pool, count_primes, limit) for limit in limits))
    print(f"primes below {limits}: {[count for count, _ in results]}")
    outside = all(pid != os.getpid() for _, pid in results)
    print(f"computed outside this process: {outside}")


def main() -> None:
    # The pool is made and shut down outside the event loop: leaving the with-block
    # waits for the worker processes to exit, which in a coroutine blocks the loop.
    with ProcessPoolExecutor(max_workers=2) as pool:
        asyncio.run(crunch(pool, [100_000, 200_000, 300_000]))


if __name__ == "__main__":
    main()
