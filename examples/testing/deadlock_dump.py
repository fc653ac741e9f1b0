"""faulthandler.dump_traceback_later: a hung program says where it is stuck.

The child process deadlocks on purpose: two threads take two locks in opposite
orders. It armed faulthandler first, so after 2 s every thread's stack is
written to stderr and the process exits. The parent runs it with a timeout (a
backstop), and reads the dump.
"""

import faulthandler
import subprocess
import sys
import threading

first, second = threading.Lock(), threading.Lock()
both_hold_one = threading.Barrier(2)


def transfer(take: threading.Lock, then: threading.Lock) -> None:
    with take:
        both_hold_one.wait(timeout=10)  # each holds one lock: deadlock is certain
        with then:  # no timeout: waits forever
            pass


def child() -> None:
    faulthandler.dump_traceback_later(2, exit=True)  # dump, then exit(1)
    threads = [
        threading.Thread(target=transfer, args=(first, second), name="a-to-b"),
        threading.Thread(target=transfer, args=(second, first), name="b-to-a"),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def main() -> None:
    result = subprocess.run(
        [sys.executable, __file__, "child"],
        capture_output=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )
    dump = result.stderr
    print(f"child exit code: {result.returncode}")
    print(f"faulthandler says it timed out: {'Timeout (0:00:02)!' in dump}")
    print(f"threads waiting in transfer(): {dump.count(' in transfer')}")
    print(f"main thread waiting in join(): {' in join' in dump}")


if __name__ == "__main__":
    if sys.argv[1:] == ["child"]:
        child()
    else:
        main()
