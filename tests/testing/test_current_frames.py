import threading

import pytest

from examples.testing.current_frames import where


def park(event: threading.Event) -> None:
    event.wait(timeout=10)


@pytest.mark.timeout(30)
def test_where_reports_the_python_frame_a_blocked_thread_is_in():
    event = threading.Event()
    thread = threading.Thread(target=park, args=(event,), name="parked")
    thread.start()
    try:
        for _ in range(500):  # bounded: until the thread is inside Event.wait
            spot = where(thread)
            if spot and spot.name == "wait":
                break
            event.wait(0.01)
        assert spot is not None
        assert spot.name == "wait"  # threading.Event.wait, a Python function
        assert spot.filename.endswith("threading.py")
    finally:
        event.set()
        thread.join(timeout=10)
    assert not thread.is_alive()
    assert where(thread) is None  # a finished thread has no frame


@pytest.mark.timeout(30)
def test_the_main_thread_sees_itself_here():
    spot = where(threading.main_thread())
    assert spot is not None
    assert spot.name == "where"
