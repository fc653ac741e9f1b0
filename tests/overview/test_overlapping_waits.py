import re

from examples.overview import overlapping_waits


def test_serial_waits_add_up():
    assert overlapping_waits.one_after_another() >= overlapping_waits.WAITS * 0.2


def test_threads_overlap_the_waits():
    # Sleeping threads need no CPU, so this holds on a busy machine too: four waits in four
    # threads cannot take as long as two waits in a row unless they did not overlap at all.
    assert overlapping_waits.all_at_once() < 2 * overlapping_waits.SECONDS


def test_script_reports_both_timings(run_example):
    run = run_example("overview/overlapping_waits.py")
    assert run.returncode == 0
    serial, overlapped = map(float, re.findall(r": +(\d+\.\d+) s$", run.stdout, re.MULTILINE))
    assert serial > overlapped
