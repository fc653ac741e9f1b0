"""sys._current_frames(): where is every thread, right now, by name?

Two named threads deadlock on two locks (with a timeout, so they give up).
While they wait, the main thread maps each thread id to its Thread object and
prints the function and source line each one is stuck on.
"""

import sys
import threading
import time
import traceback

first, second = threading.Lock(), threading.Lock()
both_hold_one = threading.Barrier(3)  # the two threads and the main thread
both_timed_out = threading.Barrier(2)
gave_up: list[str] = []


def transfer(take: threading.Lock, then: threading.Lock) -> None:
    with take:
        both_hold_one.wait(timeout=10)
        if not then.acquire(timeout=2):
            gave_up.append(threading.current_thread().name)
            both_timed_out.wait(timeout=10)  # neither lets go before both gave up
            return
        then.release()


def where(thread: threading.Thread) -> traceback.FrameSummary | None:
    frame = sys._current_frames().get(thread.ident or 0)
    return traceback.extract_stack(frame)[-1] if frame else None


def main() -> None:
    threads = [
        threading.Thread(target=transfer, args=(first, second), name="a-to-b"),
        threading.Thread(target=transfer, args=(second, first), name="b-to-a"),
    ]
    for thread in threads:
        thread.start()
    both_hold_one.wait(timeout=10)
    deadline = time.monotonic() + 1.5  # until both are inside acquire()
    while time.monotonic() < deadline:
        spots = [where(thread) for thread in threads]
        if all(
            spot and spot.name == "transfer" and "acquire" in (spot.line or "")
            for spot in spots
        ):
            break
        time.sleep(0.01)
    for thread, spot in zip(threads, spots, strict=True):
        print(
            f"{thread.name}: in {spot.name if spot else '?'}(), at: "
            f"{spot.line if spot else '?'}"
        )
    for thread in threads:
        thread.join(timeout=10)
    print(f"gave up after their timeout: {sorted(gave_up)}")


if __name__ == "__main__":
    main()
