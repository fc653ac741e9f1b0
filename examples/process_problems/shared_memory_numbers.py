"""Processes can share memory: workers fill one SharedMemory block of numbers in place."""

import multiprocessing
from multiprocessing.shared_memory import SharedMemory

COUNT = 10_000
ITEM = "q"  # array/struct code of an 8-byte signed integer


def fill_squares(name: str, start: int, stop: int) -> None:
    block = SharedMemory(name=name)  # attach to the parent's block by its name
    numbers = block.buf.cast(ITEM)  # a memoryview of ints, no copy
    try:
        for index in range(start, stop):
            numbers[index] = index * index
    finally:
        numbers.release()  # close() refuses while a view is still exported
        block.close()  # detach; only the creator unlinks


def main() -> None:
    block = SharedMemory(create=True, size=COUNT * 8)
    try:
        half = COUNT // 2
        workers = [multiprocessing.Process(target=fill_squares, args=(block.name, start, stop))
                   for start, stop in ((0, half), (half, COUNT))]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=30)
        numbers = block.buf.cast(ITEM)
        print(f"written by two processes, read here: {numbers[:5].tolist()} ... {numbers[-1]}")
        print(f"all correct: {numbers.tolist() == [i * i for i in range(COUNT)]}")
        numbers.release()
    finally:
        block.close()
        block.unlink()  # free the block itself; without it, it outlives the program on Linux


if __name__ == "__main__":
    main()
