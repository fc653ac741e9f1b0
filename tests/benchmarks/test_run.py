import json
import sys

import pytest


@pytest.mark.timeout(120)
def test_the_runner_saves_machine_interpreters_and_results(run_example, tmp_path):
    output = tmp_path / "somewhere.json"
    run = run_example("benchmarks/run.py", "--quick", "--only", "overhead", "--output",
                      str(output), "--python", sys.executable, "--python", "/no/such/python",
                      timeout=100)
    assert run.returncode == 0, run.stderr
    results = json.loads(output.read_text("utf-8"))
    assert results["label"] == "somewhere"
    assert results["mode"] == "quick"
    assert results["machine"]["cpu_count"] >= 1
    assert {"date", "loadavg_before", "loadavg_after", "duration_seconds"} <= set(results)
    names = list(results["interpreters"])
    assert len(names) == 2  # the same interpreter twice is kept twice, under two names
    assert names[1] == names[0] + "+"
    assert results["interpreters"][names[0]]["executable"]
    assert set(results["runs"]) == {"overhead"}
    assert set(results["runs"]["overhead"]) == set(names)
    assert [s["python"] for s in results["skipped"]] == ["/no/such/python"]
