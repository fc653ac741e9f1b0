"""join() waits for a thread to finish; join(timeout) gives up waiting but never
raises."""

import threading


def wait_for(release: threading.Event, finished: list[str]) -> None:
    release.wait()
    finished.append(threading.current_thread().name)


def main() -> None:
    release = threading.Event()
    finished: list[str] = []
    threads = [
        threading.Thread(
            target=wait_for, args=(release, finished), name=f"worker-{number}"
        )
        for number in range(3)
    ]
    for thread in threads:
        thread.start()

    # the workers are blocked on the event: this must time out
    threads[0].join(timeout=0.1)
    print(
        f"after join(timeout=0.1): alive={threads[0].is_alive()}, "
        f"finished={len(finished)}"
    )

    release.set()
    for thread in threads:  # the usual pattern: start them all, then join them all
        thread.join()
    print(f"after joining all: alive={any(t.is_alive() for t in threads)}, "
          f"finished={sorted(finished)}")


if __name__ == "__main__":
    main()
