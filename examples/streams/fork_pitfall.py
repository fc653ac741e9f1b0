"""A fork-started pool created after a connection was accepted keeps that socket open in its
workers, so the client never sees EOF; a forkserver pool (or one started earlier) does not."""

import asyncio
import multiprocessing
import sys
from concurrent.futures import ProcessPoolExecutor

WAIT = 1.0  # seconds the client waits for the server's EOF


def sort_numbers(numbers: list[int]) -> list[int]:
    return sorted(numbers)


async def one_connection(start_method: str) -> str:
    """Accept one connection, *then* create a pool, answer, close; does the client see EOF?"""
    pools: list[ProcessPoolExecutor] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        numbers = [int(n) for n in (await reader.readline()).split()]
        # The mistake: a pool created lazily, while a client's socket is open in this process.
        pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context(start_method))
        pools.append(pool)
        result = await asyncio.get_running_loop().run_in_executor(pool, sort_numbers, numbers)
        writer.write(f"{result}\n".encode())
        await writer.drain()
        writer.close()  # the server is done with the connection...
        await writer.wait_closed()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    async with server:
        reader, writer = await asyncio.open_connection(*server.sockets[0].getsockname()[:2])
        writer.write(b"3 1 2\n")
        await writer.drain()
        reply = (await reader.readline()).decode().strip()
        try:  # ...so the client expects EOF now
            async with asyncio.timeout(WAIT):
                await reader.read()
            outcome = "EOF at once"
        except TimeoutError:
            outcome = f"no EOF after {WAIT:g} s: a worker still holds the server's socket"
        for pool in pools:
            pool.shutdown()  # the worker exits, and with it the last copy of the socket
        async with asyncio.timeout(5):
            await reader.read()
        writer.close()
        await writer.wait_closed()
    return f"{start_method:>10}: reply {reply}, then {outcome}"


def main() -> None:
    if "fork" not in multiprocessing.get_all_start_methods():
        print(f"{sys.platform} cannot fork: only the spawn start method exists, so no pitfall")
        return
    for start_method in ("fork", "forkserver"):
        print(asyncio.run(one_connection(start_method)))


if __name__ == "__main__":
    main()
