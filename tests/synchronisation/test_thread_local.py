import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from examples.synchronisation import thread_local


@pytest.mark.timeout(20)
def test_each_thread_gets_one_session_and_keeps_it():
    with ThreadPoolExecutor(max_workers=3) as pool:
        pairs = list(pool.map(lambda _: (threading.get_ident(),
                                         id(thread_local.get_session())), range(60)))
    by_thread: dict[int, set[int]] = {}
    for ident, session in pairs:
        by_thread.setdefault(ident, set()).add(session)
    assert all(len(sessions) == 1 for sessions in by_thread.values())
    all_sessions = [next(iter(sessions)) for sessions in by_thread.values()]
    assert len(set(all_sessions)) == len(by_thread)  # no two threads share one
