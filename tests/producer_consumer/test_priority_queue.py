import itertools
import queue
import random

from examples.producer_consumer.priority_queue import Job


def test_smallest_priority_first_and_arrival_order_within_a_priority():
    jobs: queue.PriorityQueue[tuple[int, int, Job]] = queue.PriorityQueue()
    sequence = itertools.count()
    rng = random.Random(7)
    entries = [(rng.randrange(3), f"job-{n}") for n in range(200)]
    for priority, name in entries:
        jobs.put((priority, next(sequence), Job(name)))
    out = []
    while not jobs.empty():
        priority, _, job = jobs.get_nowait()
        out.append((priority, job.name))
    assert out == sorted(entries, key=lambda entry: entry[0])  # sorted() is stable
