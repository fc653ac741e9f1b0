"""start() runs run() in a new thread; calling run() yourself runs it in the calling
thread."""

import threading


class WhereAmI(threading.Thread):
    def run(self) -> None:
        print(f"run() is executing in {threading.current_thread().name}")


def main() -> None:
    thread = WhereAmI(name="worker")
    thread.run()  # an ordinary method call: no new thread
    thread.start()  # a new thread calls run()
    thread.join()
    try:
        thread.start()  # a Thread object is single-use
    except RuntimeError as error:
        print(f"second start() failed: {error}")


if __name__ == "__main__":
    main()
