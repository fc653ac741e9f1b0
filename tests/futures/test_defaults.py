import concurrent.futures.process
import inspect


def test_defaults_match_the_documented_formulas(run_example):
    run = run_example("futures/defaults.py", timeout=60)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[0].startswith("ThreadPoolExecutor() workers: ")
    assert lines[0].endswith(": True")
    assert lines[1].startswith("ProcessPoolExecutor() workers: ")
    assert lines[1].endswith(": True")
    assert lines[2:] == [
        "ran in another process: True",
        "implemented in: concurrent.futures.process",
        "multiprocessing.pool ever imported: False",
    ]


def test_process_pool_executor_source_never_uses_multiprocessing_pool():
    source = inspect.getsource(concurrent.futures.process)
    assert "multiprocessing.pool" not in source
    assert "mp.Pool(" not in source
    assert "multiprocessing.Pool(" not in source
