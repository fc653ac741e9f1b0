"""CPU-bound work from asyncio: pass an explicit ProcessPoolExecutor to loop.run_in_executor();
the work runs in other processes and the event loop stays free.
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
            sieve[number * number::number] = bytes(len(range(number * number, limit, number)))
    return sum(sieve), os.getpid()


async def crunch(limits: list[int]) -> None:
    loop = asyncio.get_running_loop()
    with ProcessPoolExecutor(max_workers=2) as pool:
        # Each call returns an awaitable at once; while the workers compute, the loop is free.
        results = await asyncio.gather(
            *(loop.run_in_executor(pool, count_primes, limit) for limit in limits))
    print(f"primes below {limits}: {[count for count, _ in results]}")
    print(f"computed outside this process: {all(pid != os.getpid() for _, pid in results)}")


def main() -> None:
    asyncio.run(crunch([100_000, 200_000, 300_000]))


if __name__ == "__main__":
    main()
