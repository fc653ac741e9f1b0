import sys
import threading
from pathlib import Path

import pytest


@pytest.mark.skipif(sys.version_info < (3, 14), reason="OS thread names are new in 3.14")
@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="reads Linux's /proc")
def test_start_gives_the_operating_system_thread_the_python_name():
    seen: list[str] = []

    def read_own_os_name() -> None:
        task = Path("/proc/self/task") / str(threading.get_native_id()) / "comm"
        seen.append(task.read_text(encoding="utf-8").strip())

    worker = threading.Thread(target=read_own_os_name, name="db-writer")
    worker.start()
    worker.join(10)
    assert seen == ["db-writer"]  # what ps, top and debuggers show
