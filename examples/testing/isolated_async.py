"""unittest.IsolatedAsyncioTestCase: async tests with the standard library.

Each test method runs in a fresh event loop, in asyncio's debug mode, and
asyncSetUp/asyncTearDown may await. The suite runs here in-process so the
program can print what happened.
"""

import asyncio
import io
import unittest

loops_seen: list[asyncio.AbstractEventLoop] = []


async def fetch(delay: float) -> str:
    await asyncio.sleep(delay)
    return "data"


# unittest's own assertions, on purpose: ruff's PT rules prefer pytest's.
class FetchTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self) -> None:
        loops_seen.append(asyncio.get_running_loop())
        self.debug = asyncio.get_running_loop().get_debug()

    async def test_fetch_returns_data(self) -> None:
        self.assertEqual(await fetch(0), "data")  # noqa: PT009
        self.assertTrue(self.debug)  # noqa: PT009

    async def test_fetch_times_out(self) -> None:
        with self.assertRaises(TimeoutError):  # noqa: PT027
            async with asyncio.timeout(0.01):
                await fetch(10)


def main() -> None:
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(FetchTests)
    stream = io.StringIO()  # the runner's report, kept off the page
    result = unittest.TextTestRunner(stream=stream).run(suite)
    print(
        f"ran {result.testsRun} tests: {len(result.failures)} failures, "
        f"{len(result.errors)} errors"
    )
    print(f"each test had its own event loop: {loops_seen[0] is not loops_seen[1]}")


if __name__ == "__main__":
    main()
