"""asyncio.Runner (3.11+) chooses the event loop with loop_factory - the replacement
for event-loop policies - and runs several coroutines on one loop, which it closes.
"""

import asyncio


class TracingLoop(asyncio.SelectorEventLoop):
    """Stands for any other loop class you might plug in, such as uvloop.Loop."""

    def __init__(self) -> None:
        super().__init__()
        self.tasks_created = 0

    def create_task(self, coro, **kwargs) -> asyncio.Task:  # noqa: ANN001, ANN003
        self.tasks_created += 1
        return super().create_task(coro, **kwargs)


async def current_loop() -> asyncio.AbstractEventLoop:
    await asyncio.sleep(0)
    return asyncio.get_running_loop()


def main() -> None:
    with asyncio.Runner(loop_factory=TracingLoop) as runner:
        first = runner.run(current_loop())
        second = runner.run(current_loop())
        print(f"both runs on one {type(first).__name__}: {first is second}")
        print(f"tasks it created, one per run(): {first.tasks_created}")
    print(f"closed when the with-block ended: {first.is_closed()}")


if __name__ == "__main__":
    main()
