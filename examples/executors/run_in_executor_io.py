"""Blocking I/O from asyncio: hand each call to an explicit ThreadPoolExecutor with
loop.run_in_executor(); four 0.2 s calls then overlap instead of running in turn.
"""

import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def legacy_fetch(key: str) -> str:
    """Stands for a blocking library call: a database driver, an SDK, a read."""
    time.sleep(0.2)
    return f"{key} via {threading.current_thread().name}"


async def fetch_all(keys: list[str]) -> tuple[list[str], float]:
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=len(keys), thread_name_prefix="io") as pool:
        started = time.perf_counter()
        results = await asyncio.gather(
            *(loop.run_in_executor(pool, legacy_fetch, key) for key in keys))
        return results, time.perf_counter() - started


def main() -> None:
    results, elapsed = asyncio.run(fetch_all(["a", "b", "c", "d"]))
    print(f"results in input order: {[r.split()[0] for r in results]}")
    print(f"threads used: {sorted(r.split()[-1] for r in results)}")
    speedup = 4 * 0.2 / elapsed
    print(f"4 calls of 0.2 s took {elapsed:.2f} s "
          f"({speedup:.1f}x faster than in turn)")


if __name__ == "__main__":
    main()
