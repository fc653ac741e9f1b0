"""InterpreterPoolExecutor (Python 3.14): the executor API on subinterpreters. Each
worker keeps its own module state; what cannot be shared or pickled is refused;
start-up cost compared with threads and processes."""

import concurrent.futures
import sys
import threading
import time
from collections.abc import Callable

try:
    import concurrent.interpreters
except ImportError:  # before Python 3.14: say what is needed, not a traceback
    sys.exit("needs Python 3.14+ for concurrent.interpreters")

calls = 0


def count_call() -> int:
    global calls
    calls += 1
    return calls


def square(number: int) -> int:
    return number * number


def start_up(
    make_executor: Callable[[int], concurrent.futures.Executor], workers: int
) -> float:
    """Seconds to start a pool, run one tiny task on every worker, and shut it
    down."""
    start = time.perf_counter()
    with make_executor(workers) as executor:
        list(executor.map(square, range(workers)))
    return time.perf_counter() - start


def main() -> None:
    with concurrent.futures.InterpreterPoolExecutor(max_workers=1) as executor:
        print(f"map: {list(executor.map(square, range(6)))}")
        # One worker, one interpreter: its globals persist from task to task, ours
        # do not move.
        in_worker = [
            executor.submit(count_call).result(timeout=10) for _ in range(3)
        ]
        print(f"count_call() x3 in the worker: {in_worker}; here: {calls}")
        print(
            "a stateless lambda is fine: "
            f"{executor.submit(lambda: 6 * 7).result(timeout=10)}"
        )
        try:
            # uses a global
            executor.submit(lambda: threading.Lock()).result(timeout=10)
        except concurrent.interpreters.NotShareableError as error:
            print(f"a lambda using globals is refused: {type(error).__name__}")
    workers = 2
    threads = start_up(concurrent.futures.ThreadPoolExecutor, workers)
    subinterpreters = start_up(concurrent.futures.InterpreterPoolExecutor, workers)
    processes = start_up(concurrent.futures.ProcessPoolExecutor, workers)
    print(
        f"start-up, {workers} workers: interpreters took "
        f"{subinterpreters / threads:.0f}x "
        f"threads, processes took {processes / subinterpreters:.1f}x interpreters"
    )


if __name__ == "__main__":
    main()
