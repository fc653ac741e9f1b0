"""Fork-started pool workers inherit the sockets open when they are forked, so a
client never sees EOF. Creating the pool before serving is not enough: an idle
pool has no workers yet. A warmed pool, or forkserver, is safe."""

import asyncio
import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor

WAIT = 1.0  # seconds the client waits for the server's EOF


def sort_numbers(numbers: list[int]) -> list[int]:
    return sorted(numbers)


def new_pool(start_method: str) -> ProcessPoolExecutor:
    context = multiprocessing.get_context(start_method)
    return ProcessPoolExecutor(1, mp_context=context)


async def one_connection(start_method: str, pool: ProcessPoolExecutor | None
                         ) -> str:
    """Serve one connection (making a pool then if none is given) and close it:
    does the client see EOF?"""
    pools = [pool] if pool else []

    async def handle(reader: asyncio.StreamReader,
                     writer: asyncio.StreamWriter) -> None:
        numbers = [int(n) for n in (await reader.readline()).split()]
        if not pools:  # a pool created lazily, while a client's socket is open
            pools.append(new_pool(start_method))
        loop = asyncio.get_running_loop()
        result = await loop.run_in_executor(pools[0], sort_numbers, numbers)
        writer.write(f"{result}\n".encode())
        await writer.drain()
        writer.close()  # the server is done with the connection...
        await writer.wait_closed()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    async with server:
        host, port = server.sockets[0].getsockname()[:2]
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(b"3 1 2\n")
        await writer.drain()
        reply = (await reader.readline()).decode().strip()
        try:  # ...so the client expects EOF now
            async with asyncio.timeout(WAIT):
                await reader.read()
            outcome = "EOF at once"
        except TimeoutError:
            outcome = f"no EOF after {WAIT:g} s: a worker holds the socket"
        for each in pools:
            each.shutdown()  # the worker exits, and the last copy of the socket
        async with asyncio.timeout(5):
            await reader.read()
        writer.close()
        await writer.wait_closed()
    return f"reply {reply}, then {outcome}"


def main() -> None:
    if "fork" not in multiprocessing.get_all_start_methods():
        print(f"{sys.platform} cannot fork: only spawn exists, so no pitfall")
        return
    idle = new_pool("fork")  # before serving, but no worker exists until a submit
    warm = new_pool("fork")
    warm.submit(os.getpid).result()  # a fork pool starts all its workers at once
    cases = {
        "fork, pool made in the handler": ("fork", None),
        "fork, idle pool made before": ("fork", idle),
        "fork, pool warmed before": ("fork", warm),
        "forkserver, made in the handler": ("forkserver", None),
    }
    for label, (start_method, pool) in cases.items():
        outcome = asyncio.run(one_connection(start_method, pool))
        print(f"{label + ':':<33}{outcome}")


if __name__ == "__main__":
    main()
