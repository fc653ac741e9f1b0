"""The same discipline for threads: the executor's with-block is the scope. On the
first failure, shutdown(cancel_futures=True) drops the queued jobs and a stop Event
ends the running ones, so the failure is raised and no thread outlives the block.
Bare threads do neither.
"""

import threading
from concurrent.futures import FIRST_EXCEPTION, ThreadPoolExecutor, wait

JOBS = 10


def job(number: int, stop: threading.Event) -> str:
    if number == 0:
        raise ValueError("job 0 failed")
    if stop.wait(timeout=30):  # long work, in steps that check the stop request
        return "stopped"
    return "finished"


def scoped(prefix: str = "scoped") -> tuple[str, dict[str, int]]:
    """Run the jobs in a pool; on the first failure cancel what is queued and stop
    what runs."""
    stop = threading.Event()
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix=prefix) as executor:
        futures = [executor.submit(job, number, stop) for number in range(JOBS)]
        done, _ = wait(futures, timeout=30, return_when=FIRST_EXCEPTION)
        failed = next(future for future in done if future.exception())
        executor.shutdown(wait=False, cancel_futures=True)  # queued: never start
        stop.set()  # running jobs return at their next check
    # Leaving the block joined every worker thread.
    outcomes = {"failed": 0, "finished": 0, "stopped": 0, "cancelled": 0}
    for future in futures:
        if future.cancelled():
            outcomes["cancelled"] += 1
        elif future.exception():
            outcomes["failed"] += 1
        else:
            outcomes[future.result()] += 1
    return repr(failed.exception()), outcomes


def bare_threads() -> tuple[list[str], int]:
    """The same start with bare threads: where does the failure go, and who is still
    running?"""
    stop, reported = threading.Event(), []
    threads = [threading.Thread(target=job, args=(number, stop))
               for number in range(2)]

    def report(args: threading.ExceptHookArgs) -> None:
        reported.append(repr(args.exc_value))

    # An uncaught exception in a thread goes to threading.excepthook (by default,
    # printed to stderr). Install our own for the duration; put the old one back.
    previous, threading.excepthook = threading.excepthook, report
    try:
        for thread in threads:
            thread.start()
        threads[0].join(timeout=30)  # the failing one: join() raises nothing
    finally:
        threading.excepthook = previous
    still_running = sum(thread.is_alive() for thread in threads)
    stop.set()  # tidy up, so that this program can exit
    for thread in threads:
        thread.join(timeout=30)
    return reported, still_running


def alive(prefix: str) -> int:
    return sum(thread.name.startswith(prefix) for thread in threading.enumerate())


def main() -> None:
    error, outcomes = scoped()
    print(f"executor: first failure {error}; {JOBS} jobs -> "
          f"{outcomes['failed']} failed, {outcomes['stopped']} stopped, "
          f"{outcomes['cancelled']} never started")
    print(f"executor: threads alive after the with-block: {alive('scoped')}")
    reported, still_running = bare_threads()
    print(f"bare threads: the caller saw no exception, the thread hook got "
          f"{reported}; still running after join() of the failed one: "
          f"{still_running}")


if __name__ == "__main__":
    main()
