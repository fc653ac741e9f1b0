import multiprocessing
import re

from examples.processes.notebook_spawn import run_cell

# Python 3.11-3.13 and 3.14+ word the unpickling error differently.
CANT_GET_MUCHCPU = (r"AttributeError: (Can't get attribute 'MuchCPU' on <module '__main__'"
                    r"|module '__main__' has no attribute 'MuchCPU')")


def exit_codes(stdout: str) -> list[int]:
    found = re.search(r"^exit codes: \[(.*)\]$", stdout, re.MULTILINE)
    return [int(code) for code in found[1].split(", ")]


def test_as_notebook_code_every_child_dies_unpickling_muchcpu():
    run = run_cell(as_file=False)
    assert run.returncode == 0  # the parent does not notice
    assert exit_codes(run.stdout) == [1] * multiprocessing.cpu_count()
    assert re.search(CANT_GET_MUCHCPU, run.stderr)  # (the children's tracebacks may interleave)
    assert re.search(r"^work took \S+ seconds$", run.stdout, re.MULTILINE)  # timed nothing
    assert run.stdout.startswith("work took ")  # no child got as far as printing its pid


def test_saved_as_a_file_every_child_runs():
    run = run_cell(as_file=True)
    assert run.returncode == 0, run.stderr
    assert exit_codes(run.stdout) == [0] * multiprocessing.cpu_count()
    # Each child printed its pid (their prints may interleave: check digits, not lines).
    pids = run.stdout.split("work took")[0]
    assert re.fullmatch(r"[\d\s]*\d[\d\s]*", pids)
    assert "AttributeError" not in run.stderr


def test_example_output(run_example):
    run = run_example("processes/notebook_spawn.py")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[2] == f"  exit codes of its {multiprocessing.cpu_count()} children: [1]"
    assert lines[6] == f"  exit codes of its {multiprocessing.cpu_count()} children: [0]"
