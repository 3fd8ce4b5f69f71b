package dev.weft.runtime.modules.select;

import dev.weft.runtime.Py;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static dev.weft.runtime.modules.ModuleTesting.attr;
import static dev.weft.runtime.modules.ModuleTesting.bounded;
import static dev.weft.runtime.modules.ModuleTesting.call;
import static dev.weft.runtime.modules.ModuleTesting.method;
import static dev.weft.runtime.modules.ModuleTesting.mod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code select}: epoll, poll and select over _socket's sockets, level-triggered as on Linux. */
class SelectModuleTest {
    private static final PyObject SEL = mod("select");
    private static final PyObject S = mod("_socket");
    private static final PyObject IN = attr(SEL, "EPOLLIN");
    private static final PyObject OUT = attr(SEL, "EPOLLOUT");

    private static PyTuple pair() {
        return (PyTuple) call(attr(S, "socketpair"));
    }

    private static PyObject fd(PyObject sock) {
        return method(sock, "fileno");
    }

    private static String poll(PyObject ep, double timeout) {
        return Ops.reprString(method(ep, "poll", PyFloat.of(timeout)));
    }

    private static void closeAll(PyObject... objs) {
        for (PyObject o : objs) {
            method(o, "close");
        }
    }

    @Test
    void epollIsLevelTriggeredForReadableSockets() {
        bounded(() -> {
            PyTuple p = pair();
            PyObject ep = call(attr(SEL, "epoll"));
            method(ep, "register", fd(p.get(0)), IN);
            assertEquals("[]", poll(ep, 0));
            method(p.get(1), "sendall", PyBytes.of(new byte[] {1, 2, 3}));
            String ready = "[(" + fd(p.get(0)) + ", 1)]";
            assertEquals(ready, poll(ep, 5));
            assertEquals(ready, poll(ep, 0), "still readable until drained");
            method(p.get(0), "recv", PyInt.of(10));
            assertEquals("[]", poll(ep, 0));
            closeAll(ep, p.get(0), p.get(1));
        });
    }

    @Test
    void epollReportsWritableAndModifyChangesTheMask() {
        bounded(() -> {
            PyTuple p = pair();
            PyObject ep = call(attr(SEL, "epoll"));
            method(ep, "register", fd(p.get(0)), OUT);
            assertEquals("[(" + fd(p.get(0)) + ", 4)]", poll(ep, 5));
            method(ep, "modify", fd(p.get(0)), IN);
            assertEquals("[]", poll(ep, 0));
            method(ep, "unregister", fd(p.get(0)));
            closeAll(ep, p.get(0), p.get(1));
        });
    }

    @Test
    void epollRegistrationErrorsAreCPythons() {
        PyTuple p = pair();
        PyObject ep = call(attr(SEL, "epoll"));
        method(ep, "register", p.get(0));
        assertEquals("FileExistsError: [Errno 17] File exists", Py.raises(() -> method(ep, "register", p.get(0))));
        assertEquals("FileNotFoundError: [Errno 2] No such file or directory",
                Py.raises(() -> method(ep, "unregister", p.get(1))));
        assertEquals("ValueError: file descriptor cannot be a negative integer (-1)",
                Py.raises(() -> method(ep, "register", PyInt.MINUS_ONE)));
        method(ep, "close");
        assertEquals(attr(ep, "closed").toString(), "True");
        assertEquals("ValueError: I/O operation on closed epoll object", Py.raises(() -> method(ep, "poll")));
        closeAll(p.get(0), p.get(1));
    }

    @Test
    void epollPollWaitsForItsTimeout() {
        bounded(() -> {
            PyTuple p = pair();
            PyObject ep = call(attr(SEL, "epoll"));
            method(ep, "register", fd(p.get(0)), IN);
            long t0 = System.nanoTime();
            assertEquals("[]", poll(ep, 0.05));
            assertTrue(System.nanoTime() - t0 >= 40_000_000L);
            closeAll(ep, p.get(0), p.get(1));
        });
    }

    @Test
    void epollWaitingWithoutTimeoutWakesWhenAnotherThreadWrites() {
        bounded(() -> {
            PyTuple p = pair();
            PyObject ep = call(attr(SEL, "epoll"));
            method(ep, "register", fd(p.get(0)), IN);
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    Thread.sleep(50);
                    method(p.get(1), "sendall", PyBytes.of(new byte[] {42}));
                } catch (Throwable e) {
                    failure.set(e);
                }
            });
            writer.start();
            assertEquals("[(" + fd(p.get(0)) + ", 1)]", Ops.reprString(method(ep, "poll")));
            writer.join();
            assertEquals(null, failure.get());
            closeAll(ep, p.get(0), p.get(1));
        });
    }

    @Test
    void listeningSocketIsReadableWhenAConnectionWaitsAndRefusesOnceClosed() {
        bounded(() -> {
            PyObject server = call(attr(S, "socket"));
            method(server, "bind", PyTuple.of(PyStr.of("127.0.0.1"), PyInt.ZERO));
            method(server, "listen");
            PyObject addr = method(server, "getsockname");
            PyObject ep = call(attr(SEL, "epoll"));
            method(ep, "register", fd(server), IN);
            assertEquals("[]", poll(ep, 0));
            PyObject client = call(attr(S, "socket"));
            method(client, "connect", addr);
            assertEquals("[(" + fd(server) + ", 1)]", poll(ep, 5));
            method(server, "close");
            // the port closes at once although the selector never polled again
            PyObject late = call(attr(S, "socket"));
            assertEquals(PyInt.of(111), method(late, "connect_ex", addr));
            closeAll(ep, client, late);
        });
    }

    @Test
    void selectReturnsTheObjectsItWasGiven() {
        bounded(() -> {
            PyTuple p = pair();
            PyObject a = p.get(0);
            PyObject b = p.get(1);
            PyList rl = new PyList(new PyObject[] {a, b});
            PyTuple r = (PyTuple) call(attr(SEL, "select"), rl, new PyList(new PyObject[] {b}), new PyList(), PyFloat.of(0));
            assertEquals("[]", Ops.reprString(r.get(0)));
            assertTrue(((PyList) r.get(1)).get(0) == b);
            method(b, "sendall", PyBytes.of(new byte[] {7}));
            r = (PyTuple) call(attr(SEL, "select"), rl, new PyList(), new PyList(), PyNone.NONE);
            assertEquals(1, ((PyList) r.get(0)).size());
            assertTrue(((PyList) r.get(0)).get(0) == a);
            assertEquals("ValueError: timeout must be non-negative", Py.raises(() ->
                    call(attr(SEL, "select"), rl, new PyList(), new PyList(), PyFloat.of(-1))));
            closeAll(a, b);
        });
    }

    @Test
    void pollObjectsTakeMillisecondsAndFlagClosedDescriptors() {
        bounded(() -> {
            PyTuple p = pair();
            PyObject po = call(attr(SEL, "poll"));
            method(po, "register", fd(p.get(0)), attr(SEL, "POLLIN"));
            assertEquals("[]", Ops.reprString(method(po, "poll", PyInt.of(10))));
            PyObject n = fd(p.get(0));
            method(p.get(0), "close");
            assertEquals("[(" + n + ", 32)]", Ops.reprString(method(po, "poll", PyInt.ZERO)));
            assertEquals("KeyError: 999", Py.raises(() -> method(po, "unregister", PyInt.of(999))));
            method(p.get(1), "close");
        });
    }
}
