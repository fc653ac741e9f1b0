"""A TCP echo server as a Protocol: when a client stops reading, the transport calls
pause_writing(), and the server stops reading from that client until
resume_writing(), so what it buffers for one connection stays bounded."""

import asyncio

HIGH_WATER = 256 * 1024  # bytes buffered for a client before pause_writing()
TOTAL = 16 * 1024 * 1024  # bytes the client sends
CHUNK = 64 * 1024
READ_SIZE = 256 * 1024  # the most a selector transport reads at once


class Echo(asyncio.Protocol):
    """The loop calls these methods; each runs to completion: none is async."""

    def __init__(self) -> None:
        self.pauses = 0
        self.largest_buffer = 0  # the most this connection ever had buffered

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = transport
        transport.set_write_buffer_limits(high=HIGH_WATER)  # low: a quarter of it

    def data_received(self, data: bytes) -> None:
        self.transport.write(data)
        buffered = self.transport.get_write_buffer_size()
        self.largest_buffer = max(self.largest_buffer, buffered)

    def pause_writing(self) -> None:  # the buffer is above the high-water mark
        self.pauses += 1
        self.transport.pause_reading()  # take no more from a client not reading

    def resume_writing(self) -> None:  # it drained below the low-water mark
        self.transport.resume_reading()

    def eof_received(self) -> bool:
        self.transport.close()  # close() sends what is still buffered, then closes
        return True


async def demo() -> None:
    loop = asyncio.get_running_loop()
    protocols: list[Echo] = []

    def factory() -> Echo:
        protocols.append(Echo())
        return protocols[-1]

    server = await loop.create_server(factory, "127.0.0.1", 0)
    async with server:
        host, port = server.sockets[0].getsockname()[:2]
        reader, writer = await asyncio.open_connection(host, port)

        async def send_all() -> None:
            for _ in range(TOTAL // CHUNK):
                writer.write(b"x" * CHUNK)
                await writer.drain()  # the server stops reading, so this waits too
            writer.write_eof()

        sending = asyncio.create_task(send_all())
        await asyncio.sleep(0.5)  # a client that does not read, for a while
        echoed = 0
        while data := await reader.read(1024 * 1024):
            echoed += len(data)
        await sending
        writer.close()
        await writer.wait_closed()
    [echo] = protocols
    sent, back = TOTAL // 2**20, echoed // 2**20
    print(f"the client sent {sent} MiB and read back {back} MiB")
    paused = echo.pauses > 0
    print(f"the server paused reading while the client did not read: {paused}")
    bounded = echo.largest_buffer <= HIGH_WATER + READ_SIZE
    print(f"its buffer stayed under the high-water mark plus one read: {bounded}")


def main() -> None:
    asyncio.run(demo())


if __name__ == "__main__":
    main()
