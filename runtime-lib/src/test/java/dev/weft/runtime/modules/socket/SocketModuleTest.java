package dev.weft.runtime.modules.socket;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import static dev.weft.runtime.modules.ModuleTesting.attr;
import static dev.weft.runtime.modules.ModuleTesting.bounded;
import static dev.weft.runtime.modules.ModuleTesting.call;
import static dev.weft.runtime.modules.ModuleTesting.callKw;
import static dev.weft.runtime.modules.ModuleTesting.method;
import static dev.weft.runtime.modules.ModuleTesting.mod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code _socket} on Java NIO: TCP, UDP and AF_UNIX sockets, blocking modes, errors as on Linux, address helpers. */
class SocketModuleTest {
    private static final PyObject S = mod("_socket");
    private static final PyObject LOOPBACK = PyTuple.of(PyStr.of("127.0.0.1"), PyInt.ZERO);

    static PyObject tcp() {
        return call(attr(S, "socket"), attr(S, "AF_INET"), attr(S, "SOCK_STREAM"));
    }

    static PyObject bytes(String s) {
        return PyBytes.of(s.getBytes(StandardCharsets.UTF_8));
    }

    static String text(PyObject b) {
        return new String(((PyBytes) b).array(), StandardCharsets.UTF_8);
    }

    /** A listening socket on an ephemeral loopback port and its address. */
    static PyObject[] listener() {
        PyObject server = tcp();
        method(server, "bind", LOOPBACK);
        method(server, "listen", PyInt.of(5));
        return new PyObject[] {server, method(server, "getsockname")};
    }

    /** Connected client and server ends of a loopback TCP connection (blocking). */
    static PyObject[] connectedPair() {
        PyObject[] l = listener();
        PyObject client = tcp();
        method(client, "connect", l[1]);
        PyTuple accepted = (PyTuple) method(l[0], "_accept");
        PyObject server = call(attr(S, "socket"), PyNone.NONE, PyNone.NONE, PyNone.NONE, accepted.get(0));
        method(l[0], "close");
        return new PyObject[] {client, server};
    }

    @Test
    void loopbackTcpConnectionCarriesDataBothWaysAndEndsWithEmptyRecv() {
        bounded(() -> {
            PyObject[] l = listener();
            PyTuple addr = (PyTuple) l[1];
            assertEquals("127.0.0.1", addr.get(0).toString());
            long port = ((PyInt) addr.get(1)).longValue();
            assertTrue(port > 0 && port < 65536);
            PyObject client = tcp();
            method(client, "connect", addr);
            PyTuple accepted = (PyTuple) method(l[0], "_accept");
            PyObject conn = call(attr(S, "socket"), PyNone.NONE, PyNone.NONE, PyNone.NONE, accepted.get(0));
            assertEquals(Ops.reprString(method(client, "getsockname")), Ops.reprString(accepted.get(1)));
            assertEquals(Ops.reprString(addr), Ops.reprString(method(client, "getpeername")));
            method(client, "sendall", bytes("hello server"));
            assertEquals("hello server", text(method(conn, "recv", PyInt.of(100))));
            assertEquals(PyInt.of(5), method(conn, "send", bytes("reply")));
            assertEquals("reply", text(method(client, "recv", PyInt.of(100))));
            method(client, "shutdown", attr(S, "SHUT_WR"));
            assertEquals("", text(method(conn, "recv", PyInt.of(100))));
            for (PyObject s : new PyObject[] {client, conn, l[0]}) {
                method(s, "close");
            }
        });
    }

    @Test
    void nonBlockingSocketsRaiseBlockingIOErrorInsteadOfWaiting() {
        bounded(() -> {
            PyObject[] pair = connectedPair();
            method(pair[0], "setblocking", PyBool.FALSE);
            assertEquals(PyBool.FALSE, method(pair[0], "getblocking"));
            assertEquals("0.0", Ops.reprString(method(pair[0], "gettimeout")));
            assertEquals("BlockingIOError: [Errno 11] Resource temporarily unavailable",
                    Py.raises(() -> method(pair[0], "recv", PyInt.of(10))));
            method(pair[0], "close");
            method(pair[1], "close");
        });
    }

    @Test
    void nonBlockingConnectIsInProgressThenSoErrorReportsSuccess() {
        bounded(() -> {
            PyObject[] l = listener();
            PyObject client = call(attr(S, "socket"), attr(S, "AF_INET"),
                    PyInt.of(((PyInt) attr(S, "SOCK_STREAM")).longValue() | ((PyInt) attr(S, "SOCK_NONBLOCK")).longValue()));
            assertEquals("0.0", Ops.reprString(method(client, "gettimeout")));
            assertEquals(PyInt.of(1), attr(client, "type"), "SOCK_NONBLOCK is not part of .type");
            long err = ((PyInt) method(client, "connect_ex", l[1])).longValue();
            assertTrue(err == 0 || err == SocketErrors.EINPROGRESS, "connect_ex gave " + err);
            method(l[0], "_accept");
            long soError;
            long deadline = System.nanoTime() + 5_000_000_000L;
            do {
                soError = ((PyInt) method(client, "getsockopt", attr(S, "SOL_SOCKET"), attr(S, "SO_ERROR"))).longValue();
            } while (soError != 0 && System.nanoTime() < deadline);
            assertEquals(0, soError);
            method(client, "close");
            method(l[0], "close");
        });
    }

    @Test
    void connectingToAClosedPortIsRefused() {
        bounded(() -> {
            PyObject[] l = listener();
            method(l[0], "close");
            PyObject client = tcp();
            assertEquals(PyInt.of(SocketErrors.ECONNREFUSED), method(client, "connect_ex", l[1]));
            PyObject again = tcp();
            assertEquals("ConnectionRefusedError: [Errno 111] Connection refused",
                    Py.raises(() -> method(again, "connect", l[1])));
            method(client, "close");
            method(again, "close");
        });
    }

    @Test
    void recvWithATimeoutRaisesTimeoutErrorTimedOut() {
        bounded(() -> {
            PyObject[] pair = connectedPair();
            method(pair[0], "settimeout", PyFloat.of(0.05));
            long t0 = System.nanoTime();
            assertEquals("TimeoutError: timed out", Py.raises(() -> method(pair[0], "recv", PyInt.of(10))));
            assertTrue(System.nanoTime() - t0 >= 40_000_000L, "returned before the timeout");
            method(pair[0], "close");
            method(pair[1], "close");
        });
    }

    @Test
    void blockedAcceptReturnsWhenAnotherThreadConnects() {
        bounded(() -> {
            PyObject[] l = listener();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread t = new Thread(() -> {
                try {
                    Thread.sleep(50);
                    PyObject c = tcp();
                    method(c, "connect", l[1]);
                    method(c, "sendall", bytes("late"));
                    method(c, "close");
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            t.start();
            PyTuple accepted = (PyTuple) method(l[0], "_accept");
            PyObject conn = call(attr(S, "socket"), PyNone.NONE, PyNone.NONE, PyNone.NONE, accepted.get(0));
            assertEquals("late", text(method(conn, "recv", PyInt.of(10))));
            t.join();
            assertEquals(null, failure.get());
            method(conn, "close");
            method(l[0], "close");
        });
    }

    @Test
    void socketpairEndsAreConnectedUnixStreamSockets() {
        bounded(() -> {
            PyTuple pair = (PyTuple) call(attr(S, "socketpair"));
            PyObject a = pair.get(0);
            PyObject b = pair.get(1);
            assertEquals(attr(S, "AF_UNIX"), attr(a, "family"));
            method(a, "sendall", bytes("x"));
            assertEquals("x", text(method(b, "recv", PyInt.ONE)));
            PyByteArray buf = new PyByteArray(new byte[4]);
            method(b, "sendall", bytes("abc"));
            assertEquals(PyInt.of(3), method(a, "recv_into", buf));
            assertEquals("bytearray(b'abc\\x00')", Ops.reprString(buf));
            method(a, "close");
            method(b, "close");
        });
    }

    @Test
    void udpDatagramsCarryTheirSenderAddress() {
        bounded(() -> {
            PyObject server = call(attr(S, "socket"), attr(S, "AF_INET"), attr(S, "SOCK_DGRAM"));
            method(server, "bind", LOOPBACK);
            PyObject client = call(attr(S, "socket"), attr(S, "AF_INET"), attr(S, "SOCK_DGRAM"));
            method(client, "sendto", bytes("ping"), method(server, "getsockname"));
            PyTuple got = (PyTuple) method(server, "recvfrom", PyInt.of(100));
            assertEquals("ping", text(got.get(0)));
            // sendto bound the client to the wildcard address (as Linux does); the sender is the loopback address
            PyTuple local = (PyTuple) method(client, "getsockname");
            assertEquals("0.0.0.0", local.get(0).toString());
            assertEquals("('127.0.0.1', " + local.get(1) + ")", Ops.reprString(got.get(1)));
            method(server, "sendto", bytes("pong"), got.get(1));
            assertEquals("pong", text(method(client, "recv", PyInt.of(100))));
            method(client, "close");
            method(server, "close");
        });
    }

    @Test
    void closedSocketHasNoDescriptorAndRaisesBadFileDescriptor() {
        PyObject s = tcp();
        assertTrue(((PyInt) method(s, "fileno")).longValue() >= 3);
        method(s, "close");
        method(s, "close"); // a second close is harmless
        assertEquals(PyInt.MINUS_ONE, method(s, "fileno"));
        assertEquals("OSError: [Errno 9] Bad file descriptor", Py.raises(() -> method(s, "recv", PyInt.ONE)));
    }

    @Test
    void bindingAPortInUseRaisesAddressInUse() {
        PyObject[] l = listener();
        PyObject other = tcp();
        assertEquals("OSError: [Errno 98] Address already in use", Py.raises(() -> {
            method(other, "bind", l[1]);
            method(other, "listen");
        }));
        method(other, "close");
        method(l[0], "close");
    }

    @Test
    void unknownSocketOptionsAreRefusedNotIgnored() {
        PyObject s = tcp();
        method(s, "setsockopt", attr(S, "SOL_SOCKET"), attr(S, "SO_REUSEADDR"), PyInt.ONE);
        assertEquals(PyInt.ONE, method(s, "getsockopt", attr(S, "SOL_SOCKET"), attr(S, "SO_REUSEADDR")));
        method(s, "setsockopt", attr(S, "IPPROTO_TCP"), attr(S, "TCP_NODELAY"), PyInt.ONE);
        assertEquals(PyInt.ONE, method(s, "getsockopt", attr(S, "IPPROTO_TCP"), attr(S, "TCP_NODELAY")));
        assertEquals("OSError: [Errno 92] Protocol not available",
                Py.raises(() -> method(s, "setsockopt", attr(S, "SOL_SOCKET"), attr(S, "SO_PRIORITY"), PyInt.ONE)));
        method(s, "close");
    }

    @Test
    void getaddrinfoAnswersAsGlibcForNumericAndPassiveHosts() {
        PyObject numeric = call(attr(S, "getaddrinfo"), PyStr.of("127.0.0.1"), PyInt.of(80));
        assertEquals("[(2, 1, 6, '', ('127.0.0.1', 80)), (2, 2, 17, '', ('127.0.0.1', 80)), (2, 3, 0, '', ('127.0.0.1', 80))]",
                Ops.reprString(numeric));
        PyObject passive = callKw(attr(S, "getaddrinfo"), new PyObject[] {PyNone.NONE, PyInt.ZERO,
                attr(S, "SOCK_STREAM"), attr(S, "AI_PASSIVE")}, "type", "flags");
        assertEquals("[(2, 1, 6, '', ('0.0.0.0', 0)), (10, 1, 6, '', ('::', 0, 0, 0))]", Ops.reprString(passive));
        assertEquals("gaierror: [Errno -9] Address family for hostname not supported",
                Py.raises(() -> call(attr(S, "getaddrinfo"), PyStr.of("127.0.0.1"), PyInt.of(80), attr(S, "AF_INET6"))));
        assertEquals("gaierror: [Errno -8] Servname not supported for ai_socktype",
                Py.raises(() -> call(attr(S, "getaddrinfo"), PyStr.of("127.0.0.1"), PyStr.of("no-such-service"))));
    }

    @Test
    void inetConversionsMatchTheCLibrary() {
        PyObject af6 = attr(S, "AF_INET6");
        PyObject af4 = attr(S, "AF_INET");
        for (String a : new String[] {"::1", "::", "fe80::1:2", "2001:db8::ff00:42:8329", "::ffff:1.2.3.4", "1::"}) {
            PyObject packed = call(attr(S, "inet_pton"), af6, PyStr.of(a));
            assertEquals(16, ((PyBytes) packed).array().length);
            assertEquals(a, call(attr(S, "inet_ntop"), af6, packed).toString());
        }
        assertEquals("1:0:0:1::1", call(attr(S, "inet_ntop"), af6,
                call(attr(S, "inet_pton"), af6, PyStr.of("1:0:0:1:0:0:0:1"))).toString());
        assertEquals("b'\\x7f\\x00\\x00\\x01'", Ops.reprString(call(attr(S, "inet_aton"), PyStr.of("127.1"))));
        assertEquals("10.0.0.255", call(attr(S, "inet_ntoa"), call(attr(S, "inet_pton"), af4, PyStr.of("10.0.0.255"))).toString());
        assertEquals("OSError: illegal IP address string passed to inet_pton",
                Py.raises(() -> call(attr(S, "inet_pton"), af4, PyStr.of("127.1"))));
        assertEquals(0x3412, ((PyInt) call(attr(S, "htons"), PyInt.of(0x1234))).longValue());
        assertEquals(0x78563412L, ((PyInt) call(attr(S, "ntohl"), PyInt.of(0x12345678))).longValue());
        assertTrue(Protocols.len(attr(S, "gethostname").call(new PyObject[0], null)) > 0);
    }
}
