"""Timelines drawn from real runs (issue 19).

recorder.py  spans: a lane (thread, process or task), a kind (running, waiting on I/O ...),
             start and end in perf_counter_ns; nothing but the standard library
lessons.py   the small programs each timeline is recorded from, one per page lesson
render.py    a recording in, a Markdown fragment (inline SVG, the data table) out
record.py    runs the lessons, saves docs/timelines/recordings/LESSON.json and renders
             docs/includes/timeline-fragments/LESSON.md (``--check`` writes nothing)
"""
