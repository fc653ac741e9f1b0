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
# # A DNS server in a notebook
#
# Companion to [§0.12 AsyncIO for networks](../../asyncio_networks/).
# [Download this notebook (.ipynb)](asyncio_networks.ipynb) or its
# [percent-format source (.py)](asyncio_networks.py). Every output below was produced by running
# the notebook when this site was built.

# %% [markdown]
# ## Serving from the kernel's own loop
#
# A cell runs inside the kernel's event loop, so it can open a UDP endpoint directly, with
# `await` at the top level and no `asyncio.run()`. The server keeps serving between cells.

# %%
import asyncio

from examples.asyncio_networks.dns_server import DnsServer

loop = asyncio.get_running_loop()
transport, protocol = await loop.create_datagram_endpoint(
    DnsServer, local_addr=("127.0.0.1", 0))
port = transport.get_extra_info("sockname")[1]
print("serving on a free port; the protocol object:", type(protocol).__name__)

# %% [markdown]
# ## Asking it, with a query built by hand
#
# A DNS query is a 12-byte header (ID, flags with RD set, one question) and the question: the
# name as length-prefixed labels, then type and class. The reply's fourth byte holds the RCODE.

# %%
import socket
import struct


def make_query(name: str, qtype: int = 1, query_id: int = 0x2015) -> bytes:
    labels = b"".join(bytes([len(label)]) + label.encode() for label in name.split("."))
    header = struct.pack(">HHHHHH", query_id, 0x0100, 1, 0, 0, 0)
    return header + labels + b"\x00" + struct.pack(">HH", qtype, 1)


with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as client:
    client.setblocking(False)
    for name, qtype in [("www.example.test", 1), ("nowhere.example.test", 1),
                        ("example.test", 15), ("example.com", 1)]:
        await loop.sock_sendto(client, make_query(name, qtype), ("127.0.0.1", port))
        reply, _ = await asyncio.wait_for(loop.sock_recvfrom(client, 512), 2)
        query_id, flags, _, answers = struct.unpack_from(">HHHH", reply)
        address = ".".join(str(byte) for byte in reply[-4:]) if answers else "-"
        print(f"{name} type {qtype}: id {query_id:#x}, rcode {flags & 0xF}, "
              f"{answers} answer(s), {address}")

# %% [markdown]
# RCODE 0 is NOERROR, 3 is NXDOMAIN (a name in the zone that does not exist) and 5 is REFUSED
# (a name outside the zone); type 15 (MX) of a known name is NOERROR with no answer.
# Closing the transport stops the server:

# %%
transport.close()
print("closed:", transport.is_closing())
