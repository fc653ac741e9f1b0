import sys
import sysconfig

import pytest

from examples.free_threading.detect_build import gil_enabled, gil_enabled_with

FREE_THREADED = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))


@pytest.mark.skipif(not FREE_THREADED, reason="needs a free-threaded build (3.13t/3.14t)")
def test_free_threaded_build_obeys_python_gil():
    assert gil_enabled_with("0") == "False"
    assert gil_enabled_with("1") == "True"


@pytest.mark.skipif(FREE_THREADED or sys.version_info < (3, 13),
                    reason="needs a standard (GIL) build of Python 3.13+")
def test_standard_build_refuses_to_start_without_the_gil():
    assert gil_enabled_with("0").startswith("refused: Fatal Python error")
    assert gil_enabled_with("1") == "True"
    assert gil_enabled()
