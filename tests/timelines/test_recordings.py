"""What each page says to look at in its timeline, asserted on the committed recording.

The recordings are data, committed: these tests are deterministic. Their bounds are generous
but each fails if the lesson's claim were false (a GIL build running two CPU-bound threads
truly in parallel, a loop not stalled by time.sleep, siblings left running after a failure).
"""

import itertools
import statistics

import pytest

from examples.timelines import lessons
from tests.timelines.conftest import length, overlap, spans_of, wall

MS = 1_000_000


def test_every_lesson_that_runs_everywhere_is_recorded(recordings):
    assert set(recordings) == set(lessons.LESSONS)
    for name, recording in recordings.items():
        assert recording["lesson"] == name
        assert recording["page"] == lessons.LESSONS[name].page
        assert recording["scale"] == 1.0, "a quick run's recording was committed"


# --------------------------------------------------------------------------- threads.md
def test_io_threads_waits_overlap_and_the_serial_waits_do_not(recordings):
    serial, threaded = recordings["io_threads"]["panels"]
    waits = spans_of(serial, kind="io")
    assert len(waits) == 6
    for first, second in zip(serial["spans"], serial["spans"][1:], strict=False):
        assert overlap(first, second) == 0  # one thread: one thing at a time
    lanes = sorted({s["lane"] for s in threaded["spans"]})
    assert lanes == ["thread 0", "thread 1", "thread 2"]
    for a in lanes:  # each thread's first wait overlaps every other thread's first wait
        for b in lanes:
            if a < b:
                wait_a, wait_b = spans_of(threaded, a, "io")[0], spans_of(threaded, b, "io")[0]
                assert overlap(wait_a, wait_b) > 0.5 * length(wait_a), (a, b)
    assert wall(threaded) < 0.5 * wall(serial)


# --------------------------------------------------------------------------- processes.md
def solo(panel_: dict) -> float:
    return statistics.mean(length(s) for s in panel_["spans"])


def take_turns(serial: dict, threads: dict) -> None:
    """Both threads busy all along, each about twice as long as alone, no faster together."""
    one = solo(serial)
    first, second = threads["spans"]
    assert overlap(first, second) > 0.8 * min(length(first), length(second))
    for span in threads["spans"]:
        assert length(span) > 1.6 * one, span
    assert wall(threads) > 0.85 * wall(serial)


def in_parallel(serial: dict, workers: dict) -> None:
    """Overlapping, each about as long as alone, together in well under the serial time."""
    one = solo(serial)
    first, second = workers["spans"]
    assert overlap(first, second) > 0.5 * min(length(first), length(second))
    for span in workers["spans"]:
        assert length(span) < 1.4 * one, span
    assert wall(workers) < 0.75 * wall(serial)


def test_cpu_gil_threads_take_turns_and_processes_run_in_parallel(recordings):
    recording = recordings["cpu_gil"]
    assert recording["python"]["gil_enabled"]
    machine = recording["machine"]
    assert (machine["process_cpu_count"] or machine["affinity"] or machine["cpu_count"]) >= 2
    serial, threads, processes = recording["panels"]
    assert overlap(*serial["spans"]) == 0
    take_turns(serial, threads)
    in_parallel(serial, processes)


# --------------------------------------------------------------------------- free_threading.md
def test_cpu_free_threaded_threads_run_in_parallel(recordings):
    recording = recordings["cpu_free_threaded"]
    assert recording["python"]["free_threaded_build"]
    assert not recording["python"]["gil_enabled"]
    in_parallel(*recording["panels"])


def test_the_cpu_checks_tell_the_builds_apart(recordings):
    # Each check fails on the other build's threads: they test the claim, not the machine.
    gil_serial, gil_threads, _ = recordings["cpu_gil"]["panels"]
    with pytest.raises(AssertionError):
        in_parallel(gil_serial, gil_threads)
    with pytest.raises(AssertionError):
        take_turns(*recordings["cpu_free_threaded"]["panels"])


# --------------------------------------------------------------------------- executors.md
def stalled(panel_: dict, call: dict) -> None:
    """One ticker sleep lasted the whole call, and longer."""
    covering = [s for s in spans_of(panel_, "ticker task")
                if s["start_ns"] <= call["start_ns"] and s["end_ns"] >= call["end_ns"]]
    assert len(covering) == 1
    assert length(covering[0]) >= length(call)


def kept_ticking(panel_: dict, call: dict) -> None:
    """At least five whole ticks inside the call, none more than 10 ms late."""
    ticks = spans_of(panel_, "ticker task")
    during = [s for s in ticks
              if s["start_ns"] >= call["start_ns"] and s["end_ns"] <= call["end_ns"]]
    assert len(during) >= 5
    assert max(length(s) for s in ticks) < 20 * MS + 10 * MS


def test_blocking_call_stalls_the_ticker_and_to_thread_does_not(recordings):
    blocked, in_thread = recordings["blocking_loop"]["panels"]
    call = spans_of(blocked, "handler task", "blocking")[0]
    assert length(call) >= 200 * MS * 0.95
    stalled(blocked, call)
    worker = spans_of(in_thread, "to_thread's worker thread", "blocking")[0]
    assert length(worker) >= 200 * MS * 0.95
    kept_ticking(in_thread, worker)
    with pytest.raises(AssertionError):  # the checks tell the two panels apart
        kept_ticking(blocked, call)
    with pytest.raises(AssertionError):
        stalled(in_thread, worker)


# ----------------------------------------------------------------- structured_concurrency.md
def test_taskgroup_cancels_both_siblings_as_soon_as_one_fails(recordings):
    (group,) = recordings["taskgroup_cancel"]["panels"]
    failure = spans_of(group, "fails", "running")[0]
    assert failure["outcome"] == "raised"
    for name in ("fetch a", "fetch b"):
        (fetch,) = spans_of(group, name)
        assert fetch["outcome"] == "cancelled"
        assert 0 <= fetch["end_ns"] - failure["end_ns"] < 20 * MS
        assert length(fetch) < 0.5 * lessons.FETCH_S * 1e9  # cut well short of its 0.6 s


# --------------------------------------------------------------------------- producer_consumer.md
def test_bounded_queue_puts_wait_for_the_consumer_once_the_queue_is_full(recordings):
    (run,) = recordings["bounded_queue"]["panels"]
    puts = spans_of(run, "producer", "lock")
    assert len(puts) == lessons.ITEMS + 1  # the items and the final None
    item = statistics.median(length(s) for s in spans_of(run, "consumer", "running"))
    for put in puts[:2]:  # the queue has room for two: these return at once
        assert length(put) < 0.25 * item
    for put in puts[3:lessons.ITEMS]:  # from the fourth on, each waits for the consumer
        assert length(put) > 0.5 * item, put
    for get in spans_of(run, "consumer", "lock"):  # the consumer never waits for work
        assert length(get) < 0.25 * item


# --------------------------------------------------------------------------- futures.md
def test_as_completed_hands_over_each_result_as_its_job_finishes(recordings):
    (run,) = recordings["as_completed"]["panels"]
    jobs = {name: [s for s in run["spans"] if s["lane"] == f"job {name} (pool thread)"]
            for name in lessons.JOBS}
    ends = sorted((spans[-1]["end_ns"], name) for name, spans in jobs.items())
    assert [name for _, name in ends] == ["d", "b", "c", "a"]  # submitted a, b, c, d
    assert jobs["c"][-1]["outcome"] == "raised"
    handled = spans_of(run, "main thread", "running")
    assert len(handled) == len(lessons.JOBS)
    for number, span in enumerate(handled):
        finished = ends[number][0]
        assert finished <= span["start_ns"] < finished + 20 * MS, ends[number][1]
        if number + 1 < len(ends):  # handled before the next job had finished
            assert span["start_ns"] < ends[number + 1][0]


# --------------------------------------------------------------------------- pools.md
def gaps(panel_: dict) -> list[int]:
    """The idle time between one worker's consecutive items, for every worker."""
    found = []
    for lane in {s["lane"] for s in panel_["spans"]}:
        items = spans_of(panel_, lane)
        found += [b["start_ns"] - a["end_ns"] for a, b in itertools.pairwise(items)]
    return found


def test_chunksize_runs_a_chunks_items_back_to_back(recordings):
    one, chunked = recordings["pool_chunksize"]["panels"]
    for panel_ in (one, chunked):
        assert len(panel_["spans"]) == lessons.CHUNK_ITEMS
        assert {s["lane"] for s in panel_["spans"]} <= {"process-1", "process-2"}
    # One item per round trip: a worker idles between items; ten per trip: it hardly does.
    assert statistics.median(gaps(chunked)) < statistics.median(gaps(one)) / 10


# --------------------------------------------------------------------------- synchronisation.md
def test_lock_holders_never_overlap(recordings):
    (run,) = recordings["lock_turns"]["panels"]
    held = spans_of(run, kind="io")
    assert len(held) == 2 * lessons.TURNS
    for a, b in itertools.combinations(held, 2):
        assert overlap(a, b) == 0, (a, b)  # one holder at a time: what a Lock is for
    # In this run, thread 1 asked while thread 0 held the lock and waited through at least two
    # of thread 0's turns: no order among waiters is promised.
    first_wait = spans_of(run, "thread 1", "lock")[0]
    covered = [h for h in spans_of(run, "thread 0", "io") if overlap(h, first_wait) > 0]
    assert len(covered) >= 2


# --------------------------------------------------------------------------- asyncio_basics.md
def test_tasks_run_one_at_a_time_and_wait_together(recordings):
    (run,) = recordings["asyncio_tasks"]["panels"]
    running = spans_of(run, kind="running")
    for a, b in itertools.combinations(running, 2):
        assert overlap(a, b) == 0  # one thread: one coroutine at a time
    firsts = [spans_of(run, f"task-{i}", "running")[0] for i in range(3)]
    assert [s["start_ns"] for s in firsts] == sorted(s["start_ns"] for s in firsts)
    sleeps = spans_of(run, kind="io")
    for a, b in itertools.combinations(sleeps, 2):
        assert overlap(a, b) > 0.5 * min(length(a), length(b))
