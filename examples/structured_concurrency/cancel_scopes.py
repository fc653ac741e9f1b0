"""asyncio.timeout() is a cancellation scope: on expiry it cancels everything
inside, children of a TaskGroup included, and only that scope raises TimeoutError.
A task that swallows the cancellation defeats it."""

import asyncio


async def work(name: str, log: list[str]) -> None:
    try:
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise  # always re-raise: the scope that cancelled you is waiting for it


async def swallow_cancel(log: list[str]) -> None:
    try:
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        log.append("swallowed the cancellation")  # and returns normally: the bug


async def timeout_around_group() -> str:
    log: list[str] = []
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as group:
                for name in ("a", "b", "c"):
                    group.create_task(work(name, log))
    except TimeoutError:
        return f"timeout around a TaskGroup: TimeoutError, {sorted(log)}"
    return "timeout around a TaskGroup: no TimeoutError"


async def nested_scopes() -> str:
    async with asyncio.timeout(10) as outer:
        try:
            async with asyncio.timeout(0.05) as inner:
                await asyncio.sleep(30)
        except TimeoutError:
            pass
        return (f"nested: inner expired {inner.expired()}, "
                f"outer expired {outer.expired()}")


async def swallowed() -> str:
    log: list[str] = []
    try:
        async with asyncio.timeout(0.05) as scope:
            await swallow_cancel(log)
    except TimeoutError:
        return "swallowed: TimeoutError"
    return f"swallowed: no TimeoutError although expired={scope.expired()}, {log}"


async def main_async() -> None:
    print(await timeout_around_group())
    print(await nested_scopes())
    print(await swallowed())


def main() -> None:
    asyncio.run(main_async())


if __name__ == "__main__":
    main()
