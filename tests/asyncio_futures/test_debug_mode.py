import re


def test_debug_mode_reports_slow_step_and_unawaited_coroutine(run_example):
    run = run_example("asyncio_futures/debug_mode.py", timeout=30)
    assert run.returncode == 0, run.stderr
    assert run.stdout == "the program itself runs to the end; the reports are on stderr\n"
    assert "RuntimeWarning: coroutine 'forgotten' was never awaited" in run.stderr
    assert "Coroutine created at (most recent call last)" in run.stderr  # debug mode adds this
    slow = re.search(r"Executing <Task .*buggy\(\).* took (\d+\.\d+) seconds", run.stderr)
    assert slow, run.stderr
    assert float(slow.group(1)) >= 0.15  # at least the time.sleep(0.15) that blocked the loop
