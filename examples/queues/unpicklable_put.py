"""multiprocessing.Queue.put() of an object that cannot be pickled does not raise:
the feeder thread fails later, prints a traceback, and the item is lost."""

import multiprocessing
import pickle
import queue
import threading


def main() -> None:
    channel: multiprocessing.Queue = multiprocessing.Queue()
    channel.put(threading.Lock())  # a lock cannot be pickled, yet put() returns
    print("put(a lock) returned without raising")
    try:
        channel.get(timeout=1)
    except queue.Empty:
        print("get(timeout=1) raised queue.Empty: the item never arrived")
    channel.put("still usable")  # the feeder thread survived its failure
    print(f"a later item arrives: {channel.get(timeout=10)!r}")

    # To fail in the caller instead, pickle first: the same error, raised here.
    try:
        pickle.dumps(threading.Lock())
    except TypeError as error:
        print(f"pickle.dumps() raises in the caller: TypeError: {error}")
    channel.close()
    channel.join_thread()


if __name__ == "__main__":
    main()
