"""write() never blocks: it buffers without limit. drain() is the back-pressure: it
waits while the buffer is above its high-water mark, here because the other side is
not reading."""

import asyncio

CHUNK = b"x" * (1 << 20)  # 1 MiB
CHUNKS = 64


async def main_async() -> None:
    release, finished = asyncio.Event(), asyncio.Event()

    async def slow_reader(
        reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        await release.wait()  # a client that does not read (yet)
        while await reader.read(1 << 20):
            pass
        writer.close()
        await writer.wait_closed()
        finished.set()

    server = await asyncio.start_server(slow_reader, "127.0.0.1", 0)
    async with server:
        _, writer = await asyncio.open_connection(
            *server.sockets[0].getsockname()[:2]
        )
        for _ in range(CHUNKS):
            writer.write(CHUNK)  # returns at once, every time
        buffered = writer.transport.get_write_buffer_size()
        print(
            f"write() returned {CHUNKS} times without waiting; "
            "buffered in this process: "
            f"{'more' if buffered > CHUNKS // 2 << 20 else 'less'} "
            f"than {CHUNKS // 2} MiB"
        )
        low, high = writer.transport.get_write_buffer_limits()
        print(
            f"high-water mark: {high // 1024} KiB, low-water mark: {low // 1024} "
            "KiB"
        )
        try:
            async with asyncio.timeout(0.5):
                # waits until the buffer is below the low-water mark
                await writer.drain()
        except TimeoutError:
            print(
                "drain() was still waiting after 0.5 s: the other side is not "
                "reading"
            )
        release.set()
        async with asyncio.timeout(30):
            await writer.drain()
        at_most_low = writer.transport.get_write_buffer_size() <= low
        print(
            "once it reads, drain() returns; buffer at or below the low-water "
            "mark: "
            f"{at_most_low}"
        )
        writer.close()
        await writer.wait_closed()
        await finished.wait()  # the reader has seen our EOF and closed its side too


def main() -> None:
    asyncio.run(main_async())


if __name__ == "__main__":
    main()
