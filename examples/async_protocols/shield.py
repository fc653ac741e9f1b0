"""asyncio.shield(): a timeout (or cancel) stops the *wait*, not the shielded work,
which keeps running and finishes; keep a reference to it and await it later."""

import asyncio


async def save(log: list[str]) -> str:
    await asyncio.sleep(0.2)  # e.g. a database commit that must not be cut short
    log.append("save finished")
    return "saved"


async def run() -> None:
    log: list[str] = []
    saving = asyncio.create_task(save(log))
    try:
        async with asyncio.timeout(0.05):
            await asyncio.shield(saving)
    except TimeoutError:
        log.append(f"timed out waiting; save cancelled: {saving.cancelled()}")
    log.append(f"awaited again: {await saving}")

    unshielded = asyncio.create_task(save(log))
    try:
        async with asyncio.timeout(0.05):
            await unshielded
    except TimeoutError:
        log.append(f"without shield: save cancelled: {unshielded.cancelled()}")
    print("\n".join(log))


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
