"""The stdlib's IsolatedAsyncioTestCase, and the same checks with pytest-asyncio."""

import asyncio
import io
import unittest

import pytest

from examples.testing.isolated_async import FetchTests, fetch


def run(case: type[unittest.TestCase]) -> unittest.TestResult:
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(case)
    return unittest.TextTestRunner(stream=io.StringIO()).run(suite)


@pytest.mark.timeout(30)
def test_the_example_suite_passes():
    result = run(FetchTests)
    assert result.testsRun == 2
    assert result.wasSuccessful()


@pytest.mark.timeout(30)
def test_a_failing_await_is_reported_so_the_coroutine_really_ran():
    class Failing(unittest.IsolatedAsyncioTestCase):
        async def test_wrong(self):
            self.assertEqual(await fetch(0), "other")  # noqa: PT009

    result = run(Failing)
    assert len(result.failures) == 1


@pytest.mark.asyncio
@pytest.mark.timeout(30)
async def test_pytest_asyncio_awaits_the_test():
    assert await fetch(0) == "data"


@pytest.mark.asyncio
@pytest.mark.timeout(30)
async def test_pytest_asyncio_a_timeout_raises():
    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0.01):
            await fetch(10)
