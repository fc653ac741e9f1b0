import concurrent.futures.process
import inspect


def test_process_pool_executor_source_never_uses_multiprocessing_pool():
    source = inspect.getsource(concurrent.futures.process)
    assert "multiprocessing.pool" not in source
    assert "mp.Pool(" not in source
    assert "multiprocessing.Pool(" not in source
