# Networking on the loopback interface with asyncio: a line-based key-value server on streams
# (start_server/open_connection, ephemeral port), concurrent clients, a length-prefixed
# protocol (readexactly, IncompleteReadError), a Protocol-class echo server, a UDP echo
# endpoint, the loop's low-level sock_* calls on a socketpair, and a refused connection.
import asyncio
import socket
import struct

HOST = "127.0.0.1"


class KeyValueServer:
    def __init__(self):
        self.data = {}
        self.connections = 0
        self.commands = 0

    async def handle(self, reader, writer):
        self.connections += 1
        writer.write(b"READY\n")
        await writer.drain()
        while line := await reader.readline():
            self.commands += 1
            reply = self.execute(line.decode().strip())
            writer.write(reply.encode() + b"\n")
            await writer.drain()
            if reply == "BYE":
                break
        writer.close()
        await writer.wait_closed()

    def execute(self, command):
        verb, _, rest = command.partition(" ")
        if verb == "SET":
            key, _, value = rest.partition("=")
            self.data[key] = value
            return "OK"
        if verb == "GET":
            return self.data.get(rest, "(nil)")
        if verb == "INCR":
            value = int(self.data.get(rest, "0")) + 1
            self.data[rest] = str(value)
            return str(value)
        if verb == "KEYS":
            return ",".join(sorted(self.data)) or "(empty)"
        if verb == "QUIT":
            return "BYE"
        return f"ERR unknown command {verb!r}"


async def kv_client(port, commands):
    reader, writer = await asyncio.open_connection(HOST, port)
    greeting = (await reader.readline()).decode().strip()
    replies = []
    for command in commands:
        writer.write(command.encode() + b"\n")
        await writer.drain()
        replies.append((await reader.readline()).decode().strip())
    eof = await reader.read()
    writer.close()
    await writer.wait_closed()
    return greeting, replies, eof


async def key_value_demo():
    kv = KeyValueServer()
    server = await asyncio.start_server(kv.handle, HOST, 0)
    port = server.sockets[0].getsockname()[1]
    print("kv server listening on an ephemeral port:", 1024 <= port <= 65535)
    async with server:
        greeting, replies, eof = await kv_client(port, ["SET lang=python", "GET lang", "GET nope", "QUIT"])
        print(greeting, replies, eof)
        counters = await asyncio.gather(*(kv_client(port, ["INCR hits", "INCR hits", "QUIT"]) for _ in range(5)))
        print("counter replies per client:", [len(r[1]) for r in counters])
        final = await kv_client(port, ["GET hits", "KEYS", "FLY away", "QUIT"])
        print("final:", final[1])
    print("connections:", kv.connections, "commands:", kv.commands)
    try:
        await asyncio.open_connection(HOST, port)
    except ConnectionRefusedError as exc:
        print("after close:", type(exc).__name__, exc.errno)


async def framed_server(reader, writer):
    try:
        while True:
            header = await reader.readexactly(4)
            (size,) = struct.unpack("!I", header)
            payload = await reader.readexactly(size)
            writer.write(struct.pack("!I", size) + payload[::-1])
            await writer.drain()
    except asyncio.IncompleteReadError as exc:
        writer.write(f"incomplete: got {len(exc.partial)} of {exc.expected}".encode())
        await writer.drain()
    writer.close()


async def framed_demo():
    server = await asyncio.start_server(framed_server, HOST, 0)
    port = server.sockets[0].getsockname()[1]
    async with server:
        reader, writer = await asyncio.open_connection(HOST, port)
        for message in [b"hello", b"", b"x" * 5000]:
            writer.write(struct.pack("!I", len(message)) + message)
            await writer.drain()
            (size,) = struct.unpack("!I", await reader.readexactly(4))
            body = await reader.readexactly(size)
            print("framed reply:", size, body[:12], body == message[::-1])
        writer.write(struct.pack("!I", 10) + b"abc")
        writer.write_eof()
        print("server said:", (await reader.read()).decode())
        writer.close()
        await writer.wait_closed()


class EchoProtocol(asyncio.Protocol):
    log = []

    def connection_made(self, transport):
        self.transport = transport
        self.log.append("made")

    def data_received(self, data):
        self.log.append(f"data {len(data)}")
        self.transport.write(data.upper())

    def eof_received(self):
        self.log.append("eof")
        return False

    def connection_lost(self, exc):
        self.log.append(f"lost {exc}")


async def protocol_demo():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoProtocol, HOST, 0)
    port = server.sockets[0].getsockname()[1]
    reader, writer = await asyncio.open_connection(HOST, port)
    writer.write(b"shout this")
    await writer.drain()
    print("protocol echo:", await reader.readexactly(10))
    writer.write_eof()
    print("after eof:", await reader.read())
    writer.close()
    await writer.wait_closed()
    server.close()
    await server.wait_closed()
    print("protocol events:", EchoProtocol.log)


class UdpEcho(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        self.transport.sendto(b"echo:" + data, addr)


class UdpClient(asyncio.DatagramProtocol):
    def __init__(self, expected):
        self.replies = []
        self.expected = expected
        self.done = asyncio.get_running_loop().create_future()

    def datagram_received(self, data, addr):
        self.replies.append(data)
        if len(self.replies) == self.expected and not self.done.done():
            self.done.set_result(None)


async def udp_demo():
    loop = asyncio.get_running_loop()
    server_transport, _ = await loop.create_datagram_endpoint(UdpEcho, local_addr=(HOST, 0))
    addr = server_transport.get_extra_info("sockname")
    client_transport, client = await loop.create_datagram_endpoint(
        lambda: UdpClient(3), remote_addr=addr)
    for word in [b"one", b"two", b"three"]:
        client_transport.sendto(word)
        await asyncio.sleep(0.01)
    await asyncio.wait_for(client.done, 5)
    print("udp replies:", sorted(client.replies))
    client_transport.close()
    server_transport.close()


async def low_level_demo():
    loop = asyncio.get_running_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    b.setblocking(False)
    with a, b:
        await loop.sock_sendall(a, b"ping over a socketpair")
        data = await loop.sock_recv(b, 100)
        print("sock_recv:", data)
        receiver = asyncio.create_task(loop.sock_recv(a, 100))
        await asyncio.sleep(0)
        print("receiver waiting:", not receiver.done())
        await loop.sock_sendall(b, b"pong")
        print("sock_recv after wait:", await receiver)
        b.shutdown(socket.SHUT_WR)
        print("recv at eof:", await loop.sock_recv(a, 100))


async def main():
    await key_value_demo()
    await framed_demo()
    await protocol_demo()
    await udp_demo()
    await low_level_demo()


asyncio.run(main())
