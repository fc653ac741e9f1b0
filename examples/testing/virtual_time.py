"""Test a 50 ms timeout without waiting 50 ms: an event loop on a virtual clock.

The loop asks its selector to wait until the next timer is due; this selector
never waits, and moves the loop's clock forward instead. Timers, sleeps and
timeouts then fire in order, at exact virtual times, in no real time at all.
Only for code that waits on timers, not on real sockets or processes.
"""

import asyncio
import selectors
import time


class VirtualTimeSelector(selectors.DefaultSelector):
    def __init__(self) -> None:
        super().__init__()
        self.now = 0.0

    def select(
        self, timeout: float | None = None
    ) -> list[tuple[selectors.SelectorKey, int]]:
        events = super().select(0)  # poll, never block
        if not events and timeout:
            self.now += timeout  # "wait" by jumping to the next timer
        return events


class VirtualTimeLoop(asyncio.SelectorEventLoop):
    def __init__(self) -> None:
        self._virtual = VirtualTimeSelector()
        super().__init__(self._virtual)

    def time(self) -> float:
        return self._virtual.now


async def slow_call(seconds: float) -> str:
    await asyncio.sleep(seconds)
    return "answer"


async def call_with_timeout(seconds: float, timeout: float) -> str:
    try:
        return await asyncio.wait_for(slow_call(seconds), timeout)
    except TimeoutError:
        return "timed out"


async def scenario() -> list[str]:
    loop = asyncio.get_running_loop()
    report = []
    for seconds in (0.049, 0.051, 3600.0):
        start = loop.time()
        outcome = await call_with_timeout(seconds, timeout=0.050)
        report.append(
            f"call of {seconds:g} s, timeout 50 ms: {outcome} "
            f"at virtual +{(loop.time() - start) * 1000:.0f} ms"
        )
    return report


def main() -> None:
    real_start = time.monotonic()
    with asyncio.Runner(loop_factory=VirtualTimeLoop) as runner:
        report = runner.run(scenario())
    real = time.monotonic() - real_start
    print("\n".join(report))
    print(f"an hour of virtual time took under a second of real time: {real < 1}")


if __name__ == "__main__":
    main()
