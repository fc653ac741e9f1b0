"""SharedMemoryManager and ShareableList: a manager process owns the blocks and
unlinks every one of them when the with block ends."""

import multiprocessing
from multiprocessing.managers import SharedMemoryManager
from multiprocessing.shared_memory import ShareableList


def record(name: str, slot: int) -> None:
    scores = ShareableList(name=name)  # attach by name, as with SharedMemory
    try:
        scores[slot] = slot * 10  # fixed-size items: ints, floats, short str/bytes
    finally:
        scores.shm.close()


def main() -> None:
    with SharedMemoryManager() as manager:
        scores = manager.ShareableList([0, 0, 0, 0])
        workers = [
            multiprocessing.Process(target=record, args=(scores.shm.name, slot))
            for slot in range(4)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(timeout=30)
        print(f"written by 4 processes: {list(scores)}")
        name = scores.shm.name
        scores.shm.close()
    # Leaving the with block shut the manager down, and it unlinked the block.
    try:
        ShareableList(name=name)
        print("the block still exists")
    except FileNotFoundError:
        print("after the with block the block is gone: FileNotFoundError")


if __name__ == "__main__":
    main()
