"""The recorder: a span is one stretch of one lane (a thread, a process or an asyncio task)
doing one kind of thing, timed with time.perf_counter_ns. Standard library only.

perf_counter_ns reads a system-wide monotonic clock on Linux, macOS and Windows, so spans that
child processes record (and send back as plain tuples) share the parent's time axis.
"""

import asyncio
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from time import perf_counter_ns
from typing import TypedDict

# kind -> what the legend calls it; the renderer gives each its own colour, in this order.
KINDS = {
    "running": "running Python code",
    "io": "waiting on I/O (a sleep stands in for it)",
    "sleeping": "sleeping",
    "blocking": "a blocking call on the loop's thread",
    "lock": "waiting for a lock or a queue",
    "future": "waiting for a future's result",
}
OUTCOMES = ("done", "cancelled", "raised")


class Span(TypedDict):
    lane: str
    kind: str
    start_ns: int
    end_ns: int
    outcome: str


def lane_name() -> str:
    """The asyncio task's name inside a task, else the thread's name."""
    try:
        task = asyncio.current_task()
    except RuntimeError:  # no running loop in this thread
        task = None
    return task.get_name() if task is not None else threading.current_thread().name


class Recorder:
    """Collects spans from any thread; times are kept as perf_counter_ns until saved."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._spans: list[tuple[str, str, int, int, str]] = []

    @contextmanager
    def span(self, kind: str, lane: str | None = None) -> Iterator[None]:
        """with recorder.span("io"): ... records one span; an exception escaping it (a task's
        cancellation included) is recorded as its outcome and re-raised."""
        if kind not in KINDS:
            raise ValueError(f"unknown kind of span: {kind!r}")
        name = lane if lane is not None else lane_name()
        start, outcome = perf_counter_ns(), "done"
        try:
            yield
        except asyncio.CancelledError:
            outcome = "cancelled"
            raise
        except BaseException:
            outcome = "raised"
            raise
        finally:
            self.add(name, kind, start, perf_counter_ns(), outcome)

    def add(self, lane: str, kind: str, start_ns: int, end_ns: int,
            outcome: str = "done") -> None:
        """A span timed elsewhere (in a child process, say)."""
        with self._lock:
            self._spans.append((lane, kind, start_ns, end_ns, outcome))

    def spans(self) -> list[Span]:
        """The spans, times counted from the earliest start, in order of start."""
        with self._lock:
            raw = sorted(self._spans, key=lambda s: (s[2], s[0]))
        origin = raw[0][2] if raw else 0
        return [Span(lane=lane, kind=kind, start_ns=start - origin, end_ns=end - origin,
                     outcome=outcome) for lane, kind, start, end, outcome in raw]
