import threading

import pytest

from examples.synchronisation.barrier import worker


@pytest.mark.timeout(20)
def test_no_thread_passes_the_barrier_before_all_arrive():
    barrier = threading.Barrier(4)
    log: list[str] = []
    lock = threading.Lock()
    threads = [threading.Thread(target=worker, args=(barrier, log, lock), name=f"t{n}")
               for n in range(3)]
    for thread in threads:
        thread.start()
    threads[0].join(timeout=0.2)
    assert all(line.endswith("phase 1") for line in log)  # one party still missing
    assert barrier.n_waiting == 3
    barrier.wait(timeout=5)  # the fourth party arrives
    for thread in threads:
        thread.join(timeout=5)
    assert [line[-1] for line in log] == ["1"] * 3 + ["2"] * 3
