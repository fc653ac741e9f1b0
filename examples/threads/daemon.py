"""A daemon thread is abandoned when the program exits; a thread stopped by an Event
is not."""

import threading
import time


def heartbeat() -> None:
    try:
        while True:
            time.sleep(0.01)
    finally:
        # never printed: daemon threads are simply stopped
        print("heartbeat: cleaned up")


def stoppable(stop: threading.Event) -> None:
    try:
        while not stop.wait(timeout=0.01):
            pass  # do one unit of work per loop
    finally:
        print("stoppable: cleaned up")


def main() -> None:
    stop = threading.Event()
    daemon = threading.Thread(target=heartbeat, name="heartbeat", daemon=True)
    worker = threading.Thread(target=stoppable, args=(stop,), name="stoppable")
    daemon.start()
    worker.start()
    print(
        f"main: {daemon.name} daemon={daemon.daemon}, {worker.name} "
        f"daemon={worker.daemon}"
    )
    time.sleep(0.1)
    stop.set()  # ask the worker to finish, then wait for it
    worker.join()
    print("main: exiting; the daemon thread is abandoned mid-loop")


if __name__ == "__main__":
    main()
