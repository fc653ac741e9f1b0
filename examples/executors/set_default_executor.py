"""loop.set_default_executor() accepts only a ThreadPoolExecutor since Python 3.11;
to send work to processes, pass a ProcessPoolExecutor to run_in_executor().
"""

import asyncio
from concurrent.futures import ProcessPoolExecutor


def square(number: int) -> int:
    return number * number


async def try_both(pool: ProcessPoolExecutor) -> None:
    loop = asyncio.get_running_loop()
    try:
        loop.set_default_executor(pool)  # the book's pattern
    except TypeError as error:
        print(f"set_default_executor(ProcessPoolExecutor()): TypeError: {error}")
    result = await loop.run_in_executor(pool, square, 7)
    print(f"run_in_executor(pool, square, 7) = {result}")


def main() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:  # outside the loop, see above
        asyncio.run(try_both(pool))


if __name__ == "__main__":
    main()
