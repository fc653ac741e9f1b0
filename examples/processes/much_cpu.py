"""The notes' MuchCPU: a Process subclass per core, each counting in its own
interpreter."""

import multiprocessing
import sys
import time


class MuchCPU(multiprocessing.Process):
    def __init__(self, loops: int) -> None:
        super().__init__()
        # set before start(): the child gets a copy of the object
        self.loops = loops

    def run(self) -> None:  # runs in the child process
        for _ in range(self.loops):
            pass


def main() -> None:
    # The notes counted to 200,000,000; pass that as an argument to feel the
    # difference.
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 5_000_000
    processes = [MuchCPU(loops) for _ in range(multiprocessing.cpu_count())]
    start = time.perf_counter()
    for process in processes:
        process.start()
    for process in processes:
        process.join()
    elapsed = time.perf_counter() - start
    print(f"{len(processes)} processes, one per core, each counting to {loops:,}")
    print(f"distinct pids: {len({p.pid for p in processes}) == len(processes)}, "
          f"exit codes: {sorted({p.exitcode for p in processes})}")
    print(f"work took {elapsed:.2f} s")


if __name__ == "__main__":
    main()
