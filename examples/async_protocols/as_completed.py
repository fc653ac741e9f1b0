"""asyncio.as_completed() hands results back in the order they finish, not the order
the work was started; the loop works on every Python version."""

import asyncio


async def download(name: str, delay: float) -> str:
    await asyncio.sleep(delay)
    return name


async def run() -> None:
    jobs = [download("big", 0.3), download("small", 0.1), download("medium", 0.2)]
    print(f"started:  {['big', 'small', 'medium']}")
    finished = []
    for next_done in asyncio.as_completed(jobs, timeout=10):
        finished.append(await next_done)  # a new awaitable each time, not a job
    print(f"finished: {finished}")


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
