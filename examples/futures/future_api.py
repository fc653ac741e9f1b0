"""The Future API: result(timeout), exception(), cancel(), add_done_callback and
shutdown(cancel_futures=True), with events instead of sleeps so the output never
varies.
"""

import threading
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor


def wait_then_return(
    gate: threading.Event, value: int, started: threading.Event | None = None
) -> int:
    if started is not None:
        started.set()  # tells the caller the job is running, not just queued
    if not gate.wait(timeout=10):
        raise TimeoutError("gate never opened")
    return value


def divide(a: int, b: int) -> float:
    return a / b


def main() -> None:
    gate = threading.Event()
    # One worker: a second job waits in the queue until the first is done.
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="worker") as executor:
        started = threading.Event()
        running = executor.submit(wait_then_return, gate, 42, started)
        queued = executor.submit(wait_then_return, gate, 7)
        if not started.wait(timeout=10):  # from here on, the first job is running
            raise TimeoutError("the worker never picked up the job")

        try:
            running.result(timeout=0.1)  # gives up waiting; the job keeps running
        except TimeoutError:
            state = running.running()
            print(f"result(timeout=0.1) raised TimeoutError; running={state}")

        print(f"cancel() on the running job: {running.cancel()}")  # too late
        # never started, so it can be cancelled
        print(f"cancel() on the queued job: {queued.cancel()}")
        try:
            queued.result()
        except CancelledError:
            print("queued.result() raised CancelledError")

        called = threading.Event()
        calls: list[str] = []

        # a callback runs in the thread that finished the job
        def record(future: Future) -> None:
            calls.append(f"{threading.current_thread().name} saw {future.result()}")
            called.set()

        running.add_done_callback(record)
        gate.set()
        print(f"running.result() = {running.result(timeout=10)}")
        called.wait(timeout=10)  # the callback may run just after result() returns
        print(f"callback: {calls}")

        failed = executor.submit(divide, 1, 0)
        # exception() waits, then returns the exception instead of raising it
        error = failed.exception(timeout=10)
        print(f"exception() returned {type(error).__name__}: {error}")

        done: Future = executor.submit(divide, 1, 4)
        done.result(timeout=10)
        done.add_done_callback(record)  # already done: runs at once, in this thread
        print(f"late callback: {calls[-1]}")

    blocker = threading.Event()
    executor = ThreadPoolExecutor(max_workers=1)
    first_started = threading.Event()
    first = executor.submit(wait_then_return, blocker, 1, first_started)
    backlog = [executor.submit(wait_then_return, blocker, n) for n in range(5)]
    if not first_started.wait(timeout=10):  # a running job cannot be cancelled
        raise TimeoutError("the worker never picked up the job")
    # drop everything not yet started
    executor.shutdown(wait=False, cancel_futures=True)
    blocker.set()
    print(f"after shutdown(cancel_futures=True): first={first.result(timeout=10)}, "
          f"cancelled={sum(f.cancelled() for f in backlog)} of {len(backlog)}")


if __name__ == "__main__":
    main()
