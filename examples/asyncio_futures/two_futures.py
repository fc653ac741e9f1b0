"""asyncio.Future is not concurrent.futures.Future: its result() never waits
(InvalidStateError until done) and takes no timeout; you await it instead, from the
loop's own thread.
"""

import asyncio
import concurrent.futures


async def compare() -> None:
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    try:
        future.result()
    except asyncio.InvalidStateError as error:
        print(f"asyncio.Future.result() before done: InvalidStateError: {error}")
    try:
        future.result(timeout=1)  # type: ignore[call-arg]
    except TypeError:
        print("asyncio.Future.result(timeout=1): TypeError (no timeout parameter)")
    loop.call_soon(future.set_result, "ready")
    print(f"await future: {await future!r}")

    threaded = concurrent.futures.Future()
    try:
        threaded.result(timeout=0.05)  # blocks the calling thread, up to 0.05 s
    except TimeoutError:
        print("concurrent.futures.Future.result(timeout=0.05): "
              "waited, then TimeoutError")


def main() -> None:
    asyncio.run(compare())


if __name__ == "__main__":
    main()
