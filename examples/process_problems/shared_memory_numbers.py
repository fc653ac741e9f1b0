"""Processes can share memory: workers fill one SharedMemory block of numbers in
place."""

import multiprocessing
from multiprocessing.shared_memory import SharedMemory

COUNT = 10_000
ITEM = "q"  # array/struct code of an 8-byte signed integer


def fill_squares(name: str, start: int, stop: int) -> None:
    # Attach by name. A child started by multiprocessing shares its parent's
    # resource tracker, so attaching here cannot get the block unlinked early.
    block = SharedMemory(name=name)
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
        ranges = ((0, half), (half, COUNT))
        workers = [
            multiprocessing.Process(target=fill_squares, args=(block.name, *bounds))
            for bounds in ranges
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=30)
        numbers = block.buf.cast(ITEM)
        first, last = numbers[:5].tolist(), numbers[-1]
        print(f"written by two processes, read here: {first} ... {last}")
        print(f"all correct: {numbers.tolist() == [i * i for i in range(COUNT)]}")
        numbers.release()
    finally:
        block.close()
        block.unlink()  # free the block once, here: the creator's job


if __name__ == "__main__":
    main()
