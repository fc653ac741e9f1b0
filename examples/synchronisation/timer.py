"""A Timer runs a function once, in its own thread, after a delay; cancel() stops it
if it has not fired yet."""

import threading


def main() -> None:
    fired: list[str] = []
    kept = threading.Timer(0.05, fired.append, args=("kept",))
    dropped = threading.Timer(0.05, fired.append, args=("cancelled",))
    kept.start()
    dropped.start()
    dropped.cancel()  # before its delay ran out: its function never runs
    kept.join(timeout=10)
    dropped.join(timeout=10)
    print(f"functions that ran: {fired}")
    print(f"a Timer is a Thread: {isinstance(kept, threading.Thread)}")


if __name__ == "__main__":
    main()
