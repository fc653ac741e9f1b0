import re
import subprocess
import sys
from pathlib import Path

import pytest

import examples.testing.py_spy_dump as example

SOURCE = Path(example.__file__).read_text(encoding="utf-8").splitlines()
WAIT_LINE = 1 + next(n for n, line in enumerate(SOURCE) if line.strip().startswith("with then:"))


@pytest.fixture(scope="module")
def py_spy() -> str:
    found = example.find_py_spy()
    if found is None:
        pytest.skip("py-spy is not installed (the testing group has it where it has wheels)")
    return found


@pytest.fixture(scope="module")
def deadlocked_child():
    child = subprocess.Popen([sys.executable, example.__file__, "child"],
                             stdout=subprocess.PIPE, encoding="utf-8")
    try:  # the child deadlocks for good: always killed, whatever the tests did
        # readline is bounded: the child's barrier times out after 10 s and it exits
        assert child.stdout.readline().strip() == "deadlocked"
        yield child
    finally:
        child.kill()
        child.wait(timeout=10)
        child.stdout.close()


@pytest.fixture(scope="module")
def frames(py_spy, deadlocked_child) -> dict[str, str]:
    # Found by trying: ptrace refused (macOS without root, a container without
    # CAP_SYS_PTRACE, Yama's ptrace_scope) or an interpreter py-spy cannot read.
    try:
        return example.deadlocked_frames(py_spy, deadlocked_child.pid)
    except RuntimeError as error:
        pytest.skip(f"py-spy cannot dump the child here: {error}")


@pytest.mark.timeout(60)
def test_the_dump_names_both_threads_waiting_on_the_second_lock(frames):
    for name in example.NAMES:
        assert frames[name] == f"transfer (py_spy_dump.py:{WAIT_LINE})"
    assert SOURCE[WAIT_LINE - 1].strip() == "with then:  # no timeout: waits forever"


@pytest.mark.timeout(60)
def test_the_dump_shows_the_main_thread_in_join(frames, py_spy, deadlocked_child):
    text = example.dump(py_spy, deadlocked_child.pid).stdout
    main_thread = text.split('"MainThread"', 1)[1].split("\nThread ", 1)[0]
    assert "Thread.join (threading.py:" in main_thread
    assert re.search(r"child \(\S*py_spy_dump\.py:\d+\)", main_thread), main_thread


@pytest.mark.timeout(60)
def test_dumping_leaves_the_process_running_unchanged(frames, py_spy, deadlocked_child):
    example.dump(py_spy, deadlocked_child.pid)
    assert deadlocked_child.poll() is None
    assert example.top_frames(example.dump(py_spy, deadlocked_child.pid).stdout) == frames


@pytest.mark.timeout(90)
def test_main_prints_where_each_thread_waits_and_leaves_no_process(run_example):
    run = run_example("testing/py_spy_dump.py")
    if run.returncode == 1 and run.stderr.startswith("py-spy "):
        pytest.skip(run.stderr.strip())
    assert run.returncode == 0, run.stderr
    assert run.leftovers == []
    assert run.stdout.count(f"transfer (py_spy_dump.py:{WAIT_LINE})") == 2
    assert 'Thread "a-to-b"' in run.stdout
    assert 'Thread "b-to-a"' in run.stdout


@pytest.mark.timeout(30)
def test_without_py_spy_main_says_so_in_one_line(monkeypatch):
    monkeypatch.setattr(example, "find_py_spy", lambda: None)
    with pytest.raises(SystemExit) as exited:
        example.main()
    assert exited.value.code == "py-spy is not installed here (pip install py-spy)"


def test_a_refused_ptrace_is_reported_with_its_cause():
    # what py-spy 0.4.3 printed here when run without CAP_SYS_PTRACE on a root-owned process
    refused = subprocess.CompletedProcess(["py-spy"], 1, "", (
        "Error: Failed to get process executable name. Check that the process is running.\n"
        "\nCaused by:\n    0: Permission denied (os error 13)\n"
        "    1: Permission denied (os error 13)\n"))
    assert example.error_message(refused) == (
        "Error: Failed to get process executable name. Check that the process is running. "
        "(Permission denied (os error 13))")
