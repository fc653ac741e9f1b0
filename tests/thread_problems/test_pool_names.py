import concurrent.futures
import multiprocessing
import multiprocessing.pool


def test_there_is_no_process_pool_class():
    for module in (multiprocessing, multiprocessing.pool, concurrent.futures):
        assert not hasattr(module, "ProcessPool")


def test_the_real_pools_exist():
    assert callable(multiprocessing.Pool)
    assert isinstance(multiprocessing.pool.Pool, type)
    assert isinstance(multiprocessing.pool.ThreadPool, type)
    assert issubclass(multiprocessing.pool.ThreadPool, multiprocessing.pool.Pool)
    assert issubclass(concurrent.futures.ProcessPoolExecutor, concurrent.futures.Executor)


def test_example_output(run_example):
    run = run_example("thread_problems/pool_names.py")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == [
        "multiprocessing.ProcessPool: no such name",
        "multiprocessing.pool.ProcessPool: no such name",
        "concurrent.futures.ProcessPool: no such name",
        "multiprocessing.Pool: exists",
        "multiprocessing.pool.Pool: exists",
        "multiprocessing.pool.ThreadPool: exists",
        "concurrent.futures.ProcessPoolExecutor: exists",
        "concurrent.futures.ThreadPoolExecutor: exists",
        "multiprocessing.Pool is a class: False",
    ]
