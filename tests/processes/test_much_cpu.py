import multiprocessing
import sys

import pytest

from tests.harness import run_command

METHODS = multiprocessing.get_all_start_methods()


@pytest.mark.timeout(120)
@pytest.mark.parametrize("method", METHODS)
def test_example_works_under_every_start_method(method):
    # In a fresh interpreter: forking the pytest process could copy threads other tests left.
    code = ("import multiprocessing, sys\n"
            f"multiprocessing.set_start_method({method!r})\n"
            "from examples.processes.much_cpu import main\n"
            "sys.argv[1:] = ['1000']\n"
            "main()\n")
    run = run_command([sys.executable, "-c", code], timeout=60)
    assert run.returncode == 0, run.stderr
    assert "distinct pids: True, exit codes: [0]" in run.stdout.splitlines()


def test_example_counts_in_one_process_per_core(run_example):
    run = run_example("processes/much_cpu.py", "100000")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0] == (f"{multiprocessing.cpu_count()} processes, one per core, "
                        "each counting to 100,000")
    assert lines[1] == "distinct pids: True, exit codes: [0]"
    assert lines[2].startswith("work took ")
