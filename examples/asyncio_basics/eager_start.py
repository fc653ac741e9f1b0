"""Python 3.14+: create_task(coro, eager_start=True) starts one task eagerly, on a
loop whose other tasks still start lazily.
"""

import asyncio
import sys


async def worker(name: str, log: list[str]) -> None:
    log.append(f"{name} starts")
    await asyncio.sleep(0)
    log.append(f"{name} ends")


async def start_both() -> None:
    log: list[str] = []
    lazy = asyncio.create_task(worker("lazy", log))
    eager = asyncio.create_task(worker("eager", log), eager_start=True)
    log.append("both create_task() calls returned")
    await asyncio.gather(lazy, eager)
    for line in log:
        print(line)


def main() -> None:
    if sys.version_info < (3, 14):
        sys.exit("this example needs Python 3.14 or later "
                 "(create_task(eager_start=...))")
    asyncio.run(start_both())


if __name__ == "__main__":
    main()
