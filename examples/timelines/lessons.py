"""The programs the timelines are recorded from: small, one per lesson, each run by record.py.

Every lesson returns its panels: (panel title, spans), drawn on one time scale so that panels
can be compared. `scale` shrinks every duration (the live test runs them at a quarter).
CPU work is a pure-Python loop sized, at the start of the lesson, to take about `cpu_s`.
"""

import asyncio
import multiprocessing
import sysconfig
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from dataclasses import dataclass
from queue import Queue
from time import perf_counter_ns

from examples.timelines.recorder import Recorder, Span

Panels = list[tuple[str, list[Span]]]


@dataclass(frozen=True)
class Lesson:
    name: str
    title: str
    page: str  # the page that embeds the fragment
    record: Callable[[float], Panels]
    free_threaded_only: bool = False


def countdown(n: int) -> None:
    while n:
        n -= 1


def calibrate(seconds: float) -> int:
    """Loop iterations that take about `seconds` here, alone."""
    n = 100_000
    while True:
        start = time.perf_counter()
        countdown(n)
        took = time.perf_counter() - start
        if took > 0.02:
            return max(1, int(n * seconds / took))
        n *= 4


# --------------------------------------------------------------------------- threads and I/O
def io_threads(scale: float) -> Panels:
    """Three jobs of two short computations each followed by an I/O wait: one after another in
    one thread, then one thread per job."""
    wait = 0.1 * scale
    n = calibrate(0.005 * scale)

    def job(recorder: Recorder, lane: str | None = None) -> None:
        for _ in range(2):
            with recorder.span("running", lane):
                countdown(n)
            with recorder.span("io", lane):
                time.sleep(wait)

    serial = Recorder()
    for number in range(3):
        job(serial, f"job {number} (main thread)")
    threaded = Recorder()
    threads = [threading.Thread(target=job, args=(threaded,), name=f"thread {number}")
               for number in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [("One thread: each wait is waited in turn", serial.spans()),
            ("Three threads: the waits overlap", threaded.spans())]


# --------------------------------------------------------------------------- CPU-bound work
def cpu_task(n: int) -> tuple[str, int, int]:
    """One CPU-bound task, timed where it runs (in a child process, the child's name)."""
    start = perf_counter_ns()
    countdown(n)
    return multiprocessing.current_process().name, start, perf_counter_ns()


def process_lane(name: str, seen: dict[str, str]) -> str:
    """A worker's lane: process-1, process-2 ... in the order this lesson first met them (the
    names multiprocessing gives, ForkPoolWorker-3 and the like, count every process that this
    interpreter has started)."""
    return seen.setdefault(name, f"process-{len(seen) + 1}")


def cpu_threads_and_processes(scale: float, processes: bool = True) -> Panels:
    """The same two CPU-bound tasks one after another, in two threads, in two processes."""
    n = calibrate(0.2 * scale)
    serial = Recorder()
    for number in range(2):
        with serial.span("running", f"task {number} (main thread)"):
            countdown(n)
    threaded = Recorder()

    def task(number: int) -> None:
        with threaded.span("running"):
            countdown(n)

    threads = [threading.Thread(target=task, args=(i,), name=f"thread {i}") for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    panels = [("One thread, one task after the other", serial.spans()),
              ("Two threads", threaded.spans())]
    if processes:
        in_processes, seen = Recorder(), {}
        with ProcessPoolExecutor(2) as pool:
            # Both workers started before the timing: two jobs at once need two processes
            # (3.14's forkserver and spawn pools start them on demand).
            for started in [pool.submit(time.sleep, 0.05) for _ in range(2)]:
                started.result()
            for name, start, end in pool.map(cpu_task, [n, n]):
                in_processes.add(process_lane(name, seen), "running", start, end)
        panels.append(("Two processes", in_processes.spans()))
    return panels


CHUNK_ITEMS, CHUNKSIZE = 40, 10


def pool_chunksize(scale: float) -> Panels:
    """Forty items of about 0.5 ms each through multiprocessing.Pool(2).map, one item per
    round trip (chunksize=1), then ten per round trip (chunksize=10)."""
    n = calibrate(0.0005 * scale)
    panels: Panels = []
    seen: dict[str, str] = {}
    with multiprocessing.Pool(2) as pool:
        pool.map(countdown, [1, 1])  # the workers are started when the pool is
        for chunksize in (1, CHUNKSIZE):
            recorder = Recorder()
            for name, start, end in pool.map(cpu_task, [n] * CHUNK_ITEMS, chunksize=chunksize):
                recorder.add(process_lane(name, seen), "running", start, end)
            panels.append((f"chunksize={chunksize}: {CHUNK_ITEMS} items, 2 worker processes",
                           recorder.spans()))
    return panels


def cpu_free_threaded(scale: float) -> Panels:
    return cpu_threads_and_processes(scale, processes=False)


# --------------------------------------------------------------------------- locks
HOLD_S, TURNS = 0.03, 3


def lock_turns(scale: float) -> Panels:
    """Two threads, each taking one Lock three times and holding it for 30 ms (a sleep)."""
    recorder = Recorder()
    lock = threading.Lock()

    def worker() -> None:
        for _ in range(TURNS):
            with recorder.span("lock"):
                lock.acquire()
            try:
                with recorder.span("io"):  # ends before the release: holding the lock
                    time.sleep(HOLD_S * scale)
            finally:
                lock.release()

    threads = [threading.Thread(target=worker, name=f"thread {i}") for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [("Two threads sharing one Lock", recorder.spans())]


# --------------------------------------------------------------------------- futures
JOBS = {"a": 0.2, "b": 0.1, "c": 0.15, "d": 0.05}  # job -> its wait, in seconds


def futures_as_completed(scale: float) -> Panels:
    """Four jobs submitted a, b, c, d to four threads, each waiting its own time; the main
    thread handles each result (a few ms of Python) as as_completed() yields it. Job c raises."""
    recorder = Recorder()
    handle = calibrate(0.003 * scale)

    def job(name: str, seconds: float) -> str:
        lane = f"job {name} (pool thread)"
        with recorder.span("io", lane):
            time.sleep(seconds)
        if name == "c":  # as on the page, job c fails
            with recorder.span("running", lane):
                raise ValueError("job c failed")
        return name.upper()

    with ThreadPoolExecutor(len(JOBS)) as pool:
        pool.submit(countdown, 1).result()  # threads start as jobs arrive: start one first
        futures = [pool.submit(job, name, seconds * scale) for name, seconds in JOBS.items()]
        results = as_completed(futures)
        while True:
            with recorder.span("future", "main thread"):
                future = next(results, None)
            if future is None:
                break
            with recorder.span("running", "main thread"):
                if future.exception() is None:
                    future.result()
                countdown(handle)
    return [("as_completed() over jobs submitted a, b, c, d", recorder.spans())]


# --------------------------------------------------------------------------- asyncio
async def step(recorder: Recorder, n: int, seconds: float) -> None:
    with recorder.span("running"):
        countdown(n)
    with recorder.span("io"):
        await asyncio.sleep(seconds)
    with recorder.span("running"):
        countdown(n)


async def three_tasks(recorder: Recorder, scale: float) -> None:
    n = calibrate(0.003 * scale)
    tasks = [asyncio.create_task(step(recorder, n, 0.05 * scale), name=f"task-{i}")
             for i in range(3)]
    for task in tasks:
        await task


def asyncio_tasks(scale: float) -> Panels:
    """Three tasks, each 3 ms of Python, a 50 ms asyncio.sleep, and 3 ms more, on one loop."""
    recorder = Recorder()
    asyncio.run(three_tasks(recorder, scale))
    return [("Three tasks on one event loop, one thread", recorder.spans())]


async def ticker(recorder: Recorder, stop: asyncio.Event, period: float) -> None:
    while not stop.is_set():
        with recorder.span("sleeping"):
            await asyncio.sleep(period)


async def handler(recorder: Recorder, seconds: float, in_thread: bool) -> None:
    await asyncio.sleep(seconds / 2)
    if in_thread:
        def blocking() -> None:
            with recorder.span("blocking", "to_thread's worker thread"):
                time.sleep(seconds)

        with recorder.span("future"):
            await asyncio.to_thread(blocking)
    else:
        with recorder.span("blocking"):
            time.sleep(seconds)
    await asyncio.sleep(seconds / 2)


async def loop_lesson(recorder: Recorder, seconds: float, in_thread: bool) -> None:
    stop = asyncio.Event()
    tick = asyncio.create_task(ticker(recorder, stop, seconds / 10), name="ticker task")
    await asyncio.create_task(handler(recorder, seconds, in_thread), name="handler task")
    stop.set()
    await tick


def blocking_loop(scale: float) -> Panels:
    """A ticker task that sleeps a tenth of the blocking call's time in a loop, beside a handler
    that calls time.sleep: on the loop's thread, then through asyncio.to_thread."""
    seconds = 0.2 * scale
    panels = []
    for in_thread, title in ((False, "time.sleep() called in a coroutine"),
                             (True, "await asyncio.to_thread(time.sleep, ...)")):
        recorder = Recorder()
        asyncio.run(loop_lesson(recorder, seconds, in_thread))
        panels.append((title, recorder.spans()))
    return panels


async def fetch(recorder: Recorder, seconds: float) -> None:
    with recorder.span("io"):
        await asyncio.sleep(seconds)


async def fail(recorder: Recorder, seconds: float) -> None:
    with recorder.span("io"):
        await asyncio.sleep(seconds)
    with recorder.span("running"):
        raise ConnectionError("the server went away")


FETCH_S, FAIL_S = 0.6, 0.15


async def group(recorder: Recorder, scale: float) -> None:
    try:
        async with asyncio.TaskGroup() as tasks:
            tasks.create_task(fetch(recorder, FETCH_S * scale), name="fetch a")
            tasks.create_task(fetch(recorder, FETCH_S * scale), name="fetch b")
            tasks.create_task(fail(recorder, FAIL_S * scale), name="fails")
    except* ConnectionError:
        pass


def taskgroup_cancel(scale: float) -> Panels:
    """Three tasks in a TaskGroup: two 0.6 s fetches, and one that fails after 0.15 s."""
    recorder = Recorder()
    asyncio.run(group(recorder, scale))
    return [("A TaskGroup whose third task fails", recorder.spans())]


# --------------------------------------------------------------------------- queues
ITEMS = 8


def bounded_queue(scale: float) -> Panels:
    """A fast producer (1 ms per item) and a slow consumer (20 ms per item) joined by
    Queue(maxsize=2): ITEMS items."""
    produce, consume = calibrate(0.001 * scale), calibrate(0.02 * scale)
    recorder = Recorder()
    items: Queue[int | None] = Queue(maxsize=2)

    def producer() -> None:
        for item in range(ITEMS):
            with recorder.span("running"):
                countdown(produce)
            with recorder.span("lock"):
                items.put(item)
        with recorder.span("lock"):
            items.put(None)

    def consumer() -> None:
        while True:
            with recorder.span("lock"):
                item = items.get()
            if item is None:
                return
            with recorder.span("running"):
                countdown(consume)

    threads = [threading.Thread(target=producer, name="producer"),
               threading.Thread(target=consumer, name="consumer")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return [("Producer and consumer, Queue(maxsize=2)", recorder.spans())]


def free_threaded() -> bool:
    return bool(sysconfig.get_config_var("Py_GIL_DISABLED"))


LESSONS = {lesson.name: lesson for lesson in [
    Lesson("io_threads", "Threads overlapping I/O waits", "threads.md", io_threads),
    Lesson("cpu_gil", "CPU-bound tasks: threads and processes", "processes.md",
           cpu_threads_and_processes),
    Lesson("cpu_free_threaded", "CPU-bound threads without the GIL", "free_threading.md",
           cpu_free_threaded, free_threaded_only=True),
    Lesson("pool_chunksize", "Pool.map with chunksize 1 and 10", "pools.md", pool_chunksize),
    Lesson("as_completed", "as_completed() yields results as they finish", "futures.md",
           futures_as_completed),
    Lesson("lock_turns", "Two threads taking turns with a Lock", "synchronisation.md",
           lock_turns),
    Lesson("asyncio_tasks", "Tasks take turns on one thread", "asyncio_basics.md",
           asyncio_tasks),
    Lesson("blocking_loop", "A blocking call on the event loop", "executors.md",
           blocking_loop),
    Lesson("taskgroup_cancel", "A TaskGroup cancels the siblings of a failed task",
           "structured_concurrency.md", taskgroup_cancel),
    Lesson("bounded_queue", "A bounded queue holds the producer back", "producer_consumer.md",
           bounded_queue),
]}
