"""A Barrier holds every thread until all parties arrive, then releases them
together."""

import threading

PARTIES = 3


def worker(
    barrier: threading.Barrier, log: list[str], lock: threading.Lock
) -> None:
    name = threading.current_thread().name
    with lock:
        log.append(f"{name} finished phase 1")
    barrier.wait(timeout=10)  # nobody starts phase 2 until all finished phase 1
    with lock:
        log.append(f"{name} started phase 2")


def main() -> None:
    barrier = threading.Barrier(PARTIES)
    log: list[str] = []
    lock = threading.Lock()
    threads = [
        threading.Thread(
            target=worker, args=(barrier, log, lock), name=f"worker-{number}"
        )
        for number in range(PARTIES)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    phases = [line[-1] for line in log]  # "1" or "2", in the order logged
    print(f"order of phases: {' '.join(phases)}")
    print(
        f"every phase-1 line before every phase-2 line: {phases == sorted(phases)}"
    )


if __name__ == "__main__":
    main()
