"""PriorityQueue hands out the smallest entry first. Entries are (priority,
sequence, item) tuples: the sequence number breaks ties in arrival order, so the
items themselves are never compared."""

import itertools
import queue
from dataclasses import dataclass


@dataclass
class Job:  # not orderable: comparing two Jobs would raise TypeError
    name: str


def main() -> None:
    jobs: queue.PriorityQueue[tuple[int, int, Job]] = queue.PriorityQueue()
    sequence = itertools.count()
    for priority, name in [
        (2, "backup"),
        (0, "page-oncall"),
        (1, "email"),
        (0, "page-manager"),
        (2, "cleanup"),
    ]:
        jobs.put((priority, next(sequence), Job(name)))
    order = []
    while not jobs.empty():
        priority, _, job = jobs.get()
        order.append(f"{priority}:{job.name}")
    print(" -> ".join(order))

    clash: queue.PriorityQueue[tuple[int, Job]] = queue.PriorityQueue()
    clash.put((0, Job("a")))
    try:
        clash.put((0, Job("b")))  # same priority: the tuples compare the Jobs
    except TypeError as error:
        print(f"without a sequence number: TypeError: {error}")


if __name__ == "__main__":
    main()
