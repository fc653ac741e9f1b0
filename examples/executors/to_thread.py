"""asyncio.to_thread(func, *args) (3.9+) runs a blocking function in the loop's
default thread pool, passing along the caller's context variables.
"""

import asyncio
import contextvars
import threading

request_id: contextvars.ContextVar[str] = contextvars.ContextVar(
    "request_id", default="-")


def blocking_lookup(key: str) -> str:
    thread = threading.current_thread()
    in_worker = thread is not threading.main_thread()
    return f"{key}: thread={in_worker}, request_id={request_id.get()}"


async def handle(key: str) -> str:
    request_id.set(f"req-{key}")
    return await asyncio.to_thread(blocking_lookup, key)


def main() -> None:
    async def both() -> list[str]:
        return await asyncio.gather(handle("a"), handle("b"))

    for line in asyncio.run(both()):
        print(line)


if __name__ == "__main__":
    main()
