"""Type a line after a pause, as a person would, and check the arithmetic of the report."""

import re
import subprocess
import sys
import time

import pytest

from tests.harness import ROOT, script_env

REPORT = re.compile(r"calculated squares up to (\d+) \* (\d+) = (\d+)")


def type_after_pause(name: str, text: str = "hello\n") -> tuple[int, int, str]:
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "examples" / "threads" / name)], env=script_env(), text=True,
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    try:
        assert process.stdout.readline().startswith("Enter some text")  # the loop starts now
        time.sleep(0.2)  # the main thread squares numbers while we "type"
        out, err = process.communicate(text, timeout=20)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 0, err
    match = REPORT.search(out)
    assert match, out
    first, second, result = map(int, match.groups())
    assert first == second
    return first, result, out


@pytest.mark.timeout(30)
def test_notes_version_prints_n_squared_but_holds_n_minus_one_squared():
    count, result, out = type_after_pause("input_reader_notes.py")
    assert count > 2  # the loop ran while the reader waited
    assert result == (count - 1) ** 2
    assert result != count * count
    assert out.rstrip().endswith("while you typed hello")


@pytest.mark.timeout(30)
def test_corrected_version_reports_the_square_it_computed():
    count, result, out = type_after_pause("input_reader.py")
    assert count > 1
    assert result == count * count
    assert out.rstrip().endswith("while you typed 'hello'")


def test_corrected_version_survives_closed_stdin(run_example):
    run = run_example("threads/input_reader.py")  # stdin is /dev/null: input() gets EOF
    assert run.returncode == 0
    assert run.stderr == ""
    assert "while you typed ''" in run.stdout
