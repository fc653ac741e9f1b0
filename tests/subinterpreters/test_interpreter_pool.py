import re
import sys

import pytest

if sys.version_info < (3, 14):
    pytest.skip("needs Python 3.14 (concurrent.futures.InterpreterPoolExecutor)",
                allow_module_level=True)

import concurrent.futures

from examples.subinterpreters.interpreter_pool import count_call, square


@pytest.mark.timeout(60)
def test_example_output(run_example):
    run = run_example("subinterpreters/interpreter_pool.py")
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    ratio = re.fullmatch(r"start-up, 2 workers: interpreters took (\d+)x threads, "
                         r"processes took [\d.]+x interpreters", lines[4])
    assert ratio, lines[4]
    assert int(ratio[1]) >= 2  # an interpreter imports its own modules; a thread imports nothing


@pytest.mark.timeout(60)
def test_each_worker_has_its_own_globals():
    with concurrent.futures.InterpreterPoolExecutor(max_workers=2) as executor:
        results = sorted(executor.submit(count_call).result(timeout=10) for _ in range(4))
    # Four calls spread over at most two interpreters: each counts from 1 on its own.
    assert results[0] == 1
    assert sum(1 for value in results if value == 1) <= 2


@pytest.mark.timeout(60)
def test_exception_in_a_worker_comes_back_from_result():
    with concurrent.futures.InterpreterPoolExecutor(max_workers=1) as executor:
        future = executor.submit(square, "not a number")
        with pytest.raises(TypeError):
            future.result(timeout=10)
