# Blocking sockets with threads: a socketserver.ThreadingTCPServer speaking a line protocol
# through socket.makefile, clients in several threads with timeouts, a UDP round trip, a
# select()-driven multiplexer over socketpairs, and the errors of refused and timed-out sockets.
import select
import socket
import socketserver
import threading


class WordCountHandler(socketserver.StreamRequestHandler):
    def handle(self):
        self.wfile.write(b"hello\n")
        for line in self.rfile:
            text = line.decode().strip()
            if text == "bye":
                self.wfile.write(b"bye\n")
                break
            words = text.split()
            self.wfile.write(f"{len(words)} words, longest {max(words, key=len, default='-')!r}\n".encode())


def client(port, lines, results, index):
    with socket.create_connection(("127.0.0.1", port), timeout=10) as conn:
        f = conn.makefile("rwb")
        replies = [f.readline().decode().strip()]
        for line in lines + ["bye"]:
            f.write(line.encode() + b"\n")
            f.flush()
            replies.append(f.readline().decode().strip())
        f.close()
    results[index] = replies


def tcp_server_demo():
    with socketserver.ThreadingTCPServer(("127.0.0.1", 0), WordCountHandler) as server:
        port = server.server_address[1]
        serving = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        serving.start()
        texts = [["the quick brown fox", "jumps"], ["", "a bb ccc"], ["lorem ipsum dolor sit amet"]]
        results = {}
        threads = [threading.Thread(target=client, args=(port, t, results, i)) for i, t in enumerate(texts)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        server.shutdown()
        serving.join()
    for i in sorted(results):
        print(f"client {i}:", results[i])


def udp_demo():
    server = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    server.bind(("127.0.0.1", 0))
    addr = server.getsockname()

    def serve():
        for _ in range(3):
            data, peer = server.recvfrom(1024)
            server.sendto(data[::-1], peer)

    t = threading.Thread(target=serve)
    t.start()
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as c:
        c.settimeout(10)
        for word in [b"stressed", b"drawer", b"level"]:
            c.sendto(word, addr)
            reply, peer = c.recvfrom(1024)
            print("udp:", word, "->", reply, "from the server:", peer == addr)
    t.join()
    server.close()


def multiplexer_demo():
    pairs = [socket.socketpair() for _ in range(3)]
    readers = {a: f"channel-{i}" for i, (a, b) in enumerate(pairs)}
    for i, (a, b) in enumerate(pairs):
        if i != 1:
            b.sendall(f"message on {i}".encode())
    ready, _, _ = select.select(list(readers), [], [], 5)
    print("select ready:", sorted(readers[s] for s in ready))
    for s in ready:
        print(" ", readers[s], s.recv(100))
    ready, writable, _ = select.select(list(readers), [pairs[1][1]], [], 0)
    print("after draining:", len(ready), "readable;", len(writable), "writable")
    for a, b in pairs:
        a.close()
        b.close()


def error_demo():
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    try:
        socket.create_connection(("127.0.0.1", port), timeout=5)
    except ConnectionRefusedError as exc:
        print("refused:", exc.errno, exc.strerror)
    a, b = socket.socketpair()
    a.settimeout(0.05)
    try:
        a.recv(10)
    except TimeoutError as exc:
        print("timeout:", exc, "| is socket.timeout:", socket.timeout is TimeoutError)
    a.setblocking(False)
    try:
        a.recv(10)
    except BlockingIOError as exc:
        print("non-blocking:", exc.errno, exc.strerror)
    a.close()
    b.close()
    print("closed socket fileno:", a.fileno())
    try:
        socket.getaddrinfo("127.0.0.1", "no-such-service")
    except socket.gaierror as exc:
        print("gaierror:", exc.errno, exc.strerror)


tcp_server_demo()
udp_demo()
multiplexer_demo()
error_demo()
