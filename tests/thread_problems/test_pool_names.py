import concurrent.futures
import multiprocessing
import multiprocessing.pool


def test_the_real_pools_exist():
    assert isinstance(multiprocessing.pool.Pool, type)
    assert isinstance(multiprocessing.pool.ThreadPool, type)
    assert issubclass(multiprocessing.pool.ThreadPool, multiprocessing.pool.Pool)
    assert issubclass(concurrent.futures.ProcessPoolExecutor, concurrent.futures.Executor)
