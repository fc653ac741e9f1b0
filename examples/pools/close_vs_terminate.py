"""close() + join() lets queued tasks finish; terminate() (and leaving a with block)
kills them."""

import time
from multiprocessing import Pool


def nap(seconds: float) -> float:
    time.sleep(seconds)
    return seconds


def main() -> None:
    pool = Pool(processes=2)
    results = [pool.apply_async(nap, (0.05,)) for _ in range(4)]
    pool.close()  # no new tasks; the four already queued still run
    pool.join()  # waits for the workers to finish them and exit
    print(f"close + join: {sum(r.ready() for r in results)} of 4 tasks finished")
    try:
        pool.apply_async(nap, (0,))
    except ValueError as error:
        print(f"a closed pool refuses new work: ValueError: {error}")

    with Pool(processes=2) as pool:
        results = [pool.apply_async(nap, (30,)) for _ in range(4)]
        started = time.perf_counter()
    # __exit__ called terminate(): it sends SIGTERM to the workers, then joins them,
    # so they are gone when it returns, and their tasks never finish.
    elapsed = time.perf_counter() - started
    finished = sum(r.ready() for r in results)
    print(f"terminate:    {finished} of 4 tasks finished, "
          f"returned in under 30 s: {elapsed < 30}")


if __name__ == "__main__":
    main()
