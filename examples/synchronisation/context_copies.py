"""Where a context variable's value follows the work: each asyncio task runs in a
copy of its creator's context, asyncio.to_thread() copies it, run_in_executor()
does not, and a plain Thread does only where sys.flags.thread_inherit_context is
set (3.14+)."""

import asyncio
import contextvars
import sys
import threading

request_id: contextvars.ContextVar[str] = contextvars.ContextVar(
    "request_id", default="<unset>"
)


def read() -> str:
    return request_id.get()


async def child(name: str) -> str:
    request_id.set(name)  # changes this task's copy only
    await asyncio.sleep(0)
    return read()


def in_plain_thread() -> str:
    seen: list[str] = []
    thread = threading.Thread(target=lambda: seen.append(read()))
    thread.start()
    thread.join()
    return seen[0]


async def run() -> None:
    request_id.set("request-7")
    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(child(f"child-{n}")) for n in range(2)]
    print(
        f"tasks saw {[task.result() for task in tasks]}; "
        f"the parent still sees {read()!r}"
    )
    print(f"asyncio.to_thread:       {await asyncio.to_thread(read)!r}")
    loop = asyncio.get_running_loop()
    print(f"loop.run_in_executor:    {await loop.run_in_executor(None, read)!r}")
    inherit = bool(getattr(sys.flags, "thread_inherit_context", 0))
    print(
        f"threading.Thread:        {in_plain_thread()!r} "
        f"(sys.flags.thread_inherit_context={inherit})"
    )


def main() -> None:
    asyncio.run(run())


if __name__ == "__main__":
    main()
