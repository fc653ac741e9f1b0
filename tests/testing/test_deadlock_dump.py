import re
import subprocess
import sys
from pathlib import Path

import pytest

import examples.testing.deadlock_dump as example

SOURCE = Path(example.__file__).read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="module")
def child():
    # the child deadlocks for good; faulthandler ends it after 2 s, the timeout is a backstop
    return subprocess.run([sys.executable, example.__file__, "child"], capture_output=True,
                          encoding="utf-8", timeout=60, check=False)


@pytest.mark.timeout(90)
def test_the_deadlocked_child_is_ended_by_faulthandler_with_exit_code_1(child):
    assert child.returncode == 1
    assert child.stderr.startswith("Timeout (0:00:02)!")


@pytest.mark.timeout(90)
def test_the_dump_names_the_line_each_thread_waits_on(child):
    lines = [int(n) for n in re.findall(r'deadlock_dump\.py", line (\d+) in transfer',
                                        child.stderr)]
    assert len(lines) == 2
    assert {SOURCE[n - 1].strip() for n in lines} == {"with then:  # no timeout: waits forever"}


@pytest.mark.timeout(90)
def test_the_dump_shows_every_thread_including_main(child):
    assert child.stderr.count("(most recent call first):") == 3
    assert re.search(r'line \d+ in child', child.stderr)


@pytest.mark.timeout(90)
def test_thread_names_appear_in_the_dump_from_python_3_14(child):
    named = "[a-to-b]" in child.stderr and "[b-to-a]" in child.stderr
    assert named == (sys.version_info >= (3, 14))
