"""The notes' five_sleepers, run the modern way: asyncio.run() instead of
get_event_loop().run_until_complete(), with fixed delays instead of random ones.
"""

import asyncio


def delay_for(counter: int) -> float:
    """Later sleepers sleep less, so they wake in reverse order (the notes used a
    random delay of up to 5 s)."""
    return 0.1 + 0.2 * (4 - counter)


async def random_sleep(counter: int) -> None:
    delay = delay_for(counter)
    print(f"{counter} sleeps for {delay:.2f} seconds")
    await asyncio.sleep(delay)
    print(f"{counter} awakens")


async def five_sleepers() -> None:
    print("Creating five tasks")
    tasks = [asyncio.create_task(random_sleep(i)) for i in range(5)]
    print("Sleeping after starting five tasks")
    await asyncio.sleep(0.4)
    print("Waking and waiting for five tasks")
    await asyncio.gather(*tasks)


def main() -> None:
    asyncio.run(five_sleepers())
    print("Done five tasks")


if __name__ == "__main__":
    main()
