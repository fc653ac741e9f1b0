import sys

import pytest


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="tests the versions before 3.14")
def test_buffersize_is_unknown_before_314():
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=1) as executor, pytest.raises(TypeError):
        executor.map(abs, [1], buffersize=1)
