# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # The sort service in a notebook
#
# Companion to [§0.14 Streams](../../streams/).
# [Download this notebook (.ipynb)](streams.ipynb) or its
# [percent-format source (.py)](streams.py). Every output below was produced by running the
# notebook when this site was built.

# %% [markdown]
# ## Serving as a task of the kernel's loop
#
# `serve()` is a coroutine: here it runs as a task of the kernel's event loop, and stops when the
# `stop` event is set. Its process pool's workers import `sort_numbers` from the example module,
# so they work from a notebook too.

# %%
import asyncio

from examples.streams.sort_server import PREFIX, Limits, SortService, serve

stop = asyncio.Event()
service = SortService(Limits(max_request=1000))
server_task = asyncio.create_task(serve(service, "127.0.0.1", 0, stop))
while service.address is None:
    await asyncio.sleep(0.01)

# %% [markdown]
# ## One connection, several requests
#
# Each message is an 8-byte big-endian length, then JSON. The connection stays open between
# requests until the client closes it, or until a bad request gets its error reply.

# %%
import json

reader, writer = await asyncio.open_connection(*service.address)


async def ask(body: bytes) -> object:
    writer.write(PREFIX.pack(len(body)) + body)
    await writer.drain()
    (size,) = PREFIX.unpack(await reader.readexactly(PREFIX.size))
    return json.loads(await reader.readexactly(size))


print(await ask(b"[5, 3, 9, 1]"))
print(await ask(b"[2.5, -1, 1e3]"))
print(await ask(b"[1, NaN]"))
print("then the server closed the connection:", await reader.read() == b"")
writer.close()
await writer.wait_closed()

# %% [markdown]
# ## Shutting down
#
# Setting the event makes `serve()` stop accepting, finish what is in flight, shut its pool down
# and return.

# %%
stop.set()
await server_task
