from examples.processes.main_guard import GUARDED, UNGUARDED, run_script

BOOTSTRAP = "An attempt has been made to start a new process before the"


def test_without_the_guard_the_spawned_child_fails_to_bootstrap():
    run = run_script(UNGUARDED)
    assert run.returncode == 0  # the parent itself carries on
    assert run.stdout.splitlines() == ["parent: child exit code 1"]
    assert "RuntimeError" in run.stderr
    assert BOOTSTRAP in run.stderr


def test_with_the_guard_the_child_runs():
    run = run_script(GUARDED)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["child: working", "parent: child exit code 0"]
    assert run.stderr == ""


def test_example_output(run_example):
    run = run_example("processes/main_guard.py")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "without the guard:",
        "  parent: child exit code 1",
        "  child's stderr: RuntimeError: An attempt has been made to start a new process "
        "before the current process has finished its bootstrapping phase.",
        "with the guard:",
        "  child: working",
        "  parent: child exit code 0",
    ]
