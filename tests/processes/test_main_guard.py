from examples.processes.main_guard import GUARDED, run_script


def test_with_the_guard_the_child_runs():
    run = run_script(GUARDED)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
