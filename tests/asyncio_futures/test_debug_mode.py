import gc
import re
import warnings

from examples.asyncio_futures.debug_mode import forgotten
from tests.harness import ROOT

SOURCE = (ROOT / "examples" / "asyncio_futures" / "debug_mode.py").read_text(
    encoding="utf-8").splitlines()


def test_debug_mode_reports_slow_step_and_unawaited_coroutine(run_example):
    run = run_example("asyncio_futures/debug_mode.py", timeout=30)
    assert run.returncode == 0, run.stderr
    warned = re.search(r"debug_mode\.py:(\d+): RuntimeWarning: coroutine 'forgotten' "
                       r"was never awaited", run.stderr)
    assert warned, run.stderr
    # The warning names the line that dropped the coroutine: it was freed right there.
    assert SOURCE[int(warned[1]) - 1].strip() == "forgotten()"
    assert "Coroutine created at (most recent call last)" in run.stderr  # debug mode adds it
    slow = re.search(r"Executing <Task .*buggy\(\).* took (\d+\.\d+) seconds", run.stderr)
    assert slow, run.stderr
    assert float(slow[1]) >= 0.15  # at least the time.sleep(0.15) that blocked the loop


def test_the_warning_comes_from_reference_counting_not_the_garbage_collector():
    gc.disable()  # no collection can run: only reference counting frees the coroutine
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            forgotten()
        assert any("was never awaited" in str(w.message) for w in caught)
    finally:
        gc.enable()
