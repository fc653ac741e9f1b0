import sys
import warnings

import pytest

from examples.asyncio_in_action.policy_deprecated import USES

WARNS = sys.version_info[:2] in ((3, 14), (3, 15))


@pytest.mark.skipif(sys.version_info >= (3, 14), reason="tests the versions before 3.14")
@pytest.mark.parametrize("label", sorted(set(USES) - {"asyncio.set_event_loop_policy(None)"}))
def test_before_314_the_same_calls_do_not_warn(label):
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        USES[label]()


def test_inspect_iscoroutinefunction_is_the_replacement():
    import inspect

    async def example() -> None:
        pass

    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        assert inspect.iscoroutinefunction(example)


@pytest.mark.skipif(WARNS, reason="this interpreter runs the example")
def test_the_example_names_the_versions_it_shows(run_example):
    run = run_example("asyncio_in_action/policy_deprecated.py", timeout=30)
    assert run.returncode == 1
    assert run.stderr.startswith("this example shows Python 3.14 and 3.15")
