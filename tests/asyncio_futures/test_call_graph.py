import subprocess
import sys
import threading

import pytest

from tests.harness import ROOT

needs_314 = pytest.mark.skipif(sys.version_info < (3, 14), reason="needs Python 3.14")
EXAMPLE = ROOT / "examples" / "asyncio_futures" / "call_graph.py"
PERMISSION_HINTS = ("permission", "not permitted", "ptrace", "privilege", "access is denied")


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="tests the versions before 3.14")
def test_the_example_names_the_version_it_needs(run_example):
    run = run_example("asyncio_futures/call_graph.py", timeout=30)
    assert run.returncode == 1
    assert run.stderr.startswith("this example needs Python 3.14 or later")


@needs_314
@pytest.mark.timeout(90)
@pytest.mark.parametrize("command", ["ps", "pstree"])
def test_python_m_asyncio_inspects_the_running_example(command):
    with subprocess.Popen([sys.executable, str(EXAMPLE), "--hold"], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
                          encoding="utf-8") as target:
        ready = threading.Event()

        def read() -> None:
            for line in target.stdout:
                if "waiting for a line on stdin" in line:
                    ready.set()
            ready.set()

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        try:
            assert ready.wait(30), "the example never reported its pid"
            assert target.poll() is None, "the example exited early"
            inspect = subprocess.run([sys.executable, "-m", "asyncio", command, str(target.pid)],
                                     capture_output=True, text=True, encoding="utf-8",
                                     timeout=30)
        finally:
            target.stdin.write("go\n")
            target.stdin.close()
            try:
                target.wait(timeout=30)
            except subprocess.TimeoutExpired:
                target.kill()
                target.wait()
            reader.join(timeout=10)
    assert target.returncode == 0
    if inspect.returncode != 0 and any(hint in inspect.stderr.lower()
                                       for hint in PERMISSION_HINTS):
        pytest.skip("this machine does not let one process read another's memory: "
                    f"{inspect.stderr.strip().splitlines()[-1]}")
    assert inspect.returncode == 0, inspect.stderr
    for name in ("album", "track-1", "track-2", "download"):
        assert name in inspect.stdout
