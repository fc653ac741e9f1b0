"""The GIL's switch interval: a thread that wakes from a short wait must get the GIL
back from a CPU-bound thread, which gives it up only every switch interval."""

import sys
import threading
import time

WAKEUPS = 20  # short sleeps of the waiting thread
NAP = 0.001  # seconds per sleep
LONG_INTERVAL = 0.05  # a switch interval ten times the default, to make it visible


def gil_enabled() -> bool:
    if hasattr(sys, "_is_gil_enabled"):  # Python 3.13+
        return sys._is_gil_enabled()
    return True  # before 3.13 every CPython build has a GIL


def waiting_thread_time() -> float:
    """Seconds for WAKEUPS short sleeps, the way an I/O thread waits and wakes."""
    started = time.perf_counter()
    for _ in range(WAKEUPS):
        time.sleep(NAP)
    return time.perf_counter() - started


def next_to_a_cpu_thread() -> float:
    stop = threading.Event()

    def spin() -> None:  # pure-Python work: holds the GIL until asked to drop it
        while not stop.is_set():
            sum(range(1000))

    spinner = threading.Thread(target=spin, name="cpu-bound")
    spinner.start()
    try:
        return waiting_thread_time()
    finally:
        stop.set()
        spinner.join()


def main() -> None:
    print(f"GIL enabled: {gil_enabled()}")
    print(f"default switch interval: {sys.getswitchinterval()} s")
    alone = waiting_thread_time()
    sys.setswitchinterval(LONG_INTERVAL)
    crowded = next_to_a_cpu_thread()
    print(f"{WAKEUPS} sleeps of {NAP * 1000:.0f} ms alone: {alone * 1000:.0f} ms")
    print(f"next to a CPU-bound thread, interval {LONG_INTERVAL} s: "
          f"{crowded * 1000:.0f} ms")


if __name__ == "__main__":
    main()
