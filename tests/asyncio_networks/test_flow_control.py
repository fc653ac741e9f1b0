"""The Protocol's flow control: a client that never reads cannot make the server
buffer more than the high-water mark plus one read."""

import asyncio

import pytest

from examples.asyncio_networks.flow_control import HIGH_WATER, READ_SIZE, Echo


@pytest.mark.timeout(30)
def test_a_client_that_never_reads_is_paused_not_buffered():
    async def scenario() -> tuple[Echo, int]:
        loop = asyncio.get_running_loop()
        protocols: list[Echo] = []
        server = await loop.create_server(lambda: protocols.append(Echo()) or protocols[-1],
                                          "127.0.0.1", 0)
        async with server:
            _, writer = await asyncio.open_connection(*server.sockets[0].getsockname()[:2])
            sent = 0
            try:  # 64 MiB offered; the client never reads a byte of the echo
                async with asyncio.timeout(2):
                    while sent < 64 * 2**20:
                        writer.write(b"y" * 65536)
                        await writer.drain()
                        sent += 65536
            except TimeoutError:
                pass  # drain() blocked: the server stopped reading from us
            writer.transport.abort()
            return protocols[0], sent

    echo, sent = asyncio.run(scenario())
    assert echo.pauses >= 1
    assert sent < 64 * 2**20  # the client was held back, through the kernel's buffers
    assert echo.largest_buffer <= HIGH_WATER + READ_SIZE
