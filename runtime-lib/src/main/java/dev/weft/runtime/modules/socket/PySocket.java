package dev.weft.runtime.modules.socket;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.modules.Buffers;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PySlice;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.io.IOException;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;

/**
 * {@code _socket.socket}: a socket object over a {@link SocketEndpoint}. The timeout belongs to
 * the object as in CPython: None blocks, 0.0 is non-blocking (BlockingIOError instead of
 * waiting), a positive timeout raises TimeoutError('timed out') when it passes.
 */
public final class PySocket extends DerivedObject {
    public static final PyType TYPE = ModuleDefs.type("_socket", "socket", PySocket.class, PyType.OBJECT,
            PySocket::define, PyType.BASETYPE);

    private static final int SOCK_NONBLOCK = 04000, SOCK_CLOEXEC = 02000000;

    private volatile SocketEndpoint endpoint;
    private int family = SocketAddresses.AF_INET;
    private int kind = SocketEndpoint.SOCK_STREAM;
    private int proto;
    /** Nanoseconds; -1 blocks without limit, 0 never waits. */
    private volatile long timeoutNanos = -1;

    private PySocket(PyType type) {
        super(type);
    }

    /** The timeout new sockets get ({@code setdefaulttimeout}); -1 for None. */
    static volatile long defaultTimeoutNanos = -1;

    private SocketEndpoint open() {
        SocketEndpoint e = endpoint;
        if (e == null || e.isClosed()) {
            throw SocketErrors.error(SocketErrors.EBADF);
        }
        return e;
    }

    private long deadline() {
        return timeoutNanos < 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
    }

    /**
     * Runs {@code op} until it is done, waiting for {@code ready} between attempts as the
     * timeout allows: BlockingIOError without timeout, TimeoutError when it passes.
     */
    private <T> T retry(int ready, IoAttempt<T> op) {
        SocketEndpoint e = open();
        long deadline = deadline();
        try {
            while (true) {
                T r = op.attempt(e);
                if (r != null) {
                    return r;
                }
                if (timeoutNanos == 0) {
                    throw SocketErrors.error(SocketErrors.EAGAIN);
                }
                if (!e.await(ready, deadline)) {
                    throw SocketErrors.timedOut();
                }
            }
        } catch (IOException x) {
            throw SocketErrors.of(x);
        } catch (java.nio.channels.ClosedSelectorException x) {
            throw SocketErrors.error(SocketErrors.EBADF);
        } catch (RuntimeException x) {
            if (x instanceof PyException) {
                throw x;
            }
            throw SocketErrors.of(x);
        }
    }

    @FunctionalInterface
    private interface IoAttempt<T> {
        /** One non-blocking attempt: the result, or null to wait and try again. */
        T attempt(SocketEndpoint e) throws IOException;
    }

    @FunctionalInterface
    private interface IoCall<T> {
        T call(SocketEndpoint e) throws IOException;
    }

    private <T> T io(IoCall<T> call) {
        SocketEndpoint e = open();
        try {
            return call.call(e);
        } catch (IOException x) {
            throw SocketErrors.of(x);
        } catch (RuntimeException x) {
            if (x instanceof PyException) {
                throw x;
            }
            throw SocketErrors.of(x);
        }
    }

    /** A socket object (type {@code _socket.socket}, blocking) for an endpoint made here. */
    static PySocket wrap(SocketEndpoint e) {
        PySocket s = new PySocket(TYPE);
        s.endpoint = e;
        s.family = e.family;
        s.kind = e.type;
        s.proto = e.proto;
        s.timeoutNanos = defaultTimeoutNanos;
        return s;
    }

    // ---- operations ----

    private void init(PyObject[] a) {
        PyObject filenoArg = a[3];
        int fam = a[0] == null || a[0] == PyNone.NONE ? -1 : (int) SocketAddresses.toLong(a[0]);
        int typ = a[1] == null || a[1] == PyNone.NONE ? -1 : (int) SocketAddresses.toLong(a[1]);
        int pr = a[2] == null || a[2] == PyNone.NONE ? -1 : (int) SocketAddresses.toLong(a[2]);
        timeoutNanos = defaultTimeoutNanos;
        if (filenoArg != null && filenoArg != PyNone.NONE) {
            long fd = SocketAddresses.toLong(filenoArg);
            if (fd < 0) {
                throw Errors.valueError("negative file descriptor");
            }
            SocketEndpoint e = SocketTable.get((int) fd);
            if (e == null) {
                throw SocketErrors.error(SocketErrors.EBADF);
            }
            endpoint = e;
            family = fam == -1 ? e.family : fam;
            kind = typ == -1 ? e.type : typ & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
            proto = pr == -1 ? e.proto : pr;
            return;
        }
        family = fam == -1 ? SocketAddresses.AF_INET : fam;
        int t = typ == -1 ? SocketEndpoint.SOCK_STREAM : typ;
        if ((t & SOCK_NONBLOCK) != 0) {
            timeoutNanos = 0;
        }
        kind = t & ~(SOCK_NONBLOCK | SOCK_CLOEXEC);
        proto = pr == -1 ? 0 : pr;
        try {
            endpoint = SocketEndpoint.open(family, kind, proto);
        } catch (IOException e) {
            throw SocketErrors.of(e);
        }
    }

    public int fileno() {
        SocketEndpoint e = endpoint;
        return e == null || e.isClosed() ? -1 : e.fd;
    }

    private SocketAddress address(PyObject addr, String op) {
        return SocketAddresses.toJava(family, addr, op);
    }

    private PyObject connect(PyObject addr, boolean raise) {
        SocketAddress sa = address(addr, "connect");
        SocketEndpoint e = open();
        int err;
        try {
            if (e.connect(sa)) {
                return PyInt.ZERO;
            }
            if (timeoutNanos == 0) {
                err = SocketErrors.EINPROGRESS;
            } else {
                long deadline = deadline();
                err = -1;
                while (err < 0) {
                    if (!e.await(SelectionKey.OP_CONNECT, deadline)) {
                        if (raise) {
                            throw SocketErrors.timedOut();
                        }
                        return PyInt.of(SocketErrors.EAGAIN);
                    }
                    err = e.finishConnect();
                }
            }
        } catch (IOException x) {
            err = SocketErrors.errnoOf(x);
        } catch (PyException x) {
            throw x;
        } catch (RuntimeException x) {
            throw SocketErrors.of(x);
        }
        if (err != 0 && raise) {
            throw SocketErrors.error(err);
        }
        return PyInt.of(err);
    }

    private PyObject accept() {
        SocketEndpoint conn = retry(SelectionKey.OP_ACCEPT, SocketEndpoint::accept);
        PyObject peer;
        try {
            peer = SocketAddresses.toPython(family, conn.remoteAddress());
        } catch (IOException | RuntimeException x) {
            peer = SocketAddresses.toPython(family, null);
        }
        return PyTuple.of(PyInt.of(conn.fd), peer);
    }

    private byte[] recv(int n) {
        if (n < 0) {
            throw Errors.valueError("negative buffersize in recv");
        }
        ByteBuffer buf = ByteBuffer.allocate(n);
        Integer got = retry(SelectionKey.OP_READ, e -> {
            int r = e.read(buf);
            return r < 0 ? null : r;
        });
        return java.util.Arrays.copyOf(buf.array(), got);
    }

    private PyObject[] recvFrom(int n) {
        if (n < 0) {
            throw Errors.valueError("negative buffersize in recvfrom");
        }
        ByteBuffer buf = ByteBuffer.allocate(n);
        SocketAddress[] from = new SocketAddress[1];
        retry(SelectionKey.OP_READ, e -> {
            boolean[] got = new boolean[1];
            from[0] = e.receiveFrom(buf, got);
            return got[0] ? Boolean.TRUE : null;
        });
        byte[] data = java.util.Arrays.copyOf(buf.array(), buf.position());
        PyObject addr = from[0] == null ? PyNone.NONE : SocketAddresses.toPython(family, from[0]);
        return new PyObject[] {PyBytes.of(data), addr};
    }

    /** Copies received bytes into a writable buffer (bytearray or memoryview) at its start. */
    private static void fill(PyObject buffer, byte[] data) {
        Protocols.setItem(buffer, new PySlice(PyInt.ZERO, PyInt.of(data.length), PyNone.NONE), PyBytes.of(data));
    }

    private static int bufferSize(PyObject buffer, PyObject nbytes, String fn) {
        int size = Protocols.len(buffer);
        if (nbytes == null || SocketAddresses.toLong(nbytes) == 0) {
            return size;
        }
        long n = SocketAddresses.toLong(nbytes);
        if (n < 0) {
            throw Errors.valueError("negative buffersize in %s", fn);
        }
        if (n > size) {
            throw Errors.valueError("buffer too small for requested bytes");
        }
        return (int) n;
    }

    private int send(byte[] data) {
        ByteBuffer buf = ByteBuffer.wrap(data);
        return retry(SelectionKey.OP_WRITE, e -> {
            int r = e.write(buf);
            return r < 0 ? null : r;
        });
    }

    private void sendAll(byte[] data) {
        ByteBuffer buf = ByteBuffer.wrap(data);
        SocketEndpoint e = open();
        long deadline = deadline();
        try {
            while (buf.hasRemaining()) {
                int r = e.write(buf);
                if (r >= 0) {
                    continue;
                }
                if (timeoutNanos == 0) {
                    throw SocketErrors.error(SocketErrors.EAGAIN);
                }
                if (!e.await(SelectionKey.OP_WRITE, deadline)) {
                    throw SocketErrors.timedOut();
                }
            }
        } catch (IOException x) {
            throw SocketErrors.of(x);
        } catch (PyException x) {
            throw x;
        } catch (RuntimeException x) {
            throw SocketErrors.of(x);
        }
    }

    private int sendTo(byte[] data, PyObject addr) {
        SocketAddress sa = address(addr, "sendto");
        ByteBuffer buf = ByteBuffer.wrap(data);
        return retry(SelectionKey.OP_WRITE, e -> {
            int r = e.sendTo(buf, sa);
            return r < 0 ? null : r;
        });
    }

    private void close() {
        SocketEndpoint e = endpoint;
        if (e == null) {
            return;
        }
        endpoint = null;
        try {
            e.close();
        } catch (IOException x) {
            throw SocketErrors.of(x);
        }
    }

    private void setTimeout(PyObject t) {
        if (t == null || t == PyNone.NONE) {
            timeoutNanos = -1;
            return;
        }
        timeoutNanos = timeoutNanosOf(t);
    }

    static long timeoutNanosOf(PyObject t) {
        double s = Timeouts.seconds(t);
        if (s < 0) {
            throw Errors.valueError("Timeout value out of range");
        }
        return Timeouts.toNanos(s);
    }

    static PyObject timeoutObject(long nanos) {
        return nanos < 0 ? PyNone.NONE : PyFloat.of(nanos / 1e9);
    }

    // ---- options ----

    private PyObject setsockopt(int level, int opt, PyObject value) {
        SocketOptions.set(open(), level, opt, value);
        return PyNone.NONE;
    }

    private PyObject getsockopt(int level, int opt, PyObject buflen) {
        if (buflen != null) {
            throw Errors.notImplemented("getsockopt() with a buffer length is not supported by weft");
        }
        SocketEndpoint e = open();
        if (level == SocketOptions.SOL_SOCKET && opt == SocketOptions.SO_ERROR) {
            int err = e.finishConnect();
            return PyInt.of(Math.max(err, 0));
        }
        if (level == SocketOptions.SOL_SOCKET && opt == SocketOptions.SO_TYPE) {
            return PyInt.of(kind);
        }
        return SocketOptions.get(e, level, opt);
    }

    // ---- the type ----

    private static PySocket self(PyObject o) {
        return (PySocket) o;
    }

    private static int intArg(PyObject o) {
        return (int) SocketAddresses.toLong(o);
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> new PySocket(cls));
        t.defV("__init__", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("socket", args, kw, new String[] {"family", "type", "proto", "fileno"}, 0);
            self(s).init(a);
            return PyNone.NONE;
        });
        t.defGetSet("family", s -> PyInt.of(self(s).family), null);
        t.defGetSet("type", s -> PyInt.of(self(s).kind), null);
        t.defGetSet("proto", s -> PyInt.of(self(s).proto), null);
        t.defGetSet("timeout", s -> timeoutObject(self(s).timeoutNanos), null);
        t.def0("fileno", s -> PyInt.of(self(s).fileno()));
        t.def0("close", s -> {
            self(s).close();
            return PyNone.NONE;
        });
        t.def0("detach", s -> {
            int fd = self(s).fileno();
            self(s).endpoint = null;
            return PyInt.of(fd);
        });
        t.def1("bind", (s, addr) -> {
            SocketAddress sa = self(s).address(addr, "bind");
            return self(s).io(e -> {
                e.bind(sa);
                return PyNone.NONE;
            });
        });
        t.def1("listen", 0, (s, backlog) -> {
            int n = backlog == null ? Math.min(128, 4096) : intArg(backlog);
            return self(s).io(e -> {
                e.listen(n);
                return PyNone.NONE;
            });
        });
        t.def0("_accept", s -> self(s).accept());
        t.def1("connect", (s, addr) -> {
            self(s).connect(addr, true);
            return PyNone.NONE;
        });
        t.def1("connect_ex", (s, addr) -> self(s).connect(addr, false));
        t.def2("recv", 1, (s, n, flags) -> {
            checkFlags(flags);
            return PyBytes.of(self(s).recv(intArg(n)));
        });
        t.def2("recvfrom", 1, (s, n, flags) -> {
            checkFlags(flags);
            return PyTuple.of(self(s).recvFrom(intArg(n)));
        });
        t.defV("recv_into", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("recv_into", args, kw, new String[] {"buffer", "nbytes", "flags"}, 1);
            checkFlags(a[2]);
            byte[] data = self(s).recv(bufferSize(a[0], a[1], "recv_into"));
            fill(a[0], data);
            return PyInt.of(data.length);
        });
        t.defV("recvfrom_into", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("recvfrom_into", args, kw, new String[] {"buffer", "nbytes", "flags"}, 1);
            checkFlags(a[2]);
            PyObject[] r = self(s).recvFrom(bufferSize(a[0], a[1], "recvfrom_into"));
            byte[] data = ((PyBytes) r[0]).array();
            fill(a[0], data);
            return PyTuple.of(PyInt.of(data.length), r[1]);
        });
        t.def2("send", 1, (s, data, flags) -> {
            checkFlags(flags);
            return PyInt.of(self(s).send(Buffers.bytes(data)));
        });
        t.def2("sendall", 1, (s, data, flags) -> {
            checkFlags(flags);
            self(s).sendAll(Buffers.bytes(data));
            return PyNone.NONE;
        });
        t.def3("sendto", 2, (s, data, b, c) -> {
            if (c != null) {
                checkFlags(b);
                return PyInt.of(self(s).sendTo(Buffers.bytes(data), c));
            }
            return PyInt.of(self(s).sendTo(Buffers.bytes(data), b));
        });
        t.def1("shutdown", (s, how) -> {
            int h = intArg(how);
            if (h < 0 || h > 2) {
                throw SocketErrors.error(SocketErrors.EINVAL);
            }
            return self(s).io(e -> {
                e.shutdown(h);
                return PyNone.NONE;
            });
        });
        t.def0("getsockname", s -> self(s).io(e -> SocketAddresses.toPython(self(s).family, e.localAddress())));
        t.def0("getpeername", s -> self(s).io(e -> SocketAddresses.toPython(self(s).family, e.remoteAddress())));
        t.def3("setsockopt", 3, (s, level, opt, value) -> self(s).setsockopt(intArg(level), intArg(opt), value));
        t.def3("getsockopt", 2, (s, level, opt, buflen) -> self(s).getsockopt(intArg(level), intArg(opt), buflen));
        t.def1("setblocking", (s, flag) -> {
            self(s).open();
            self(s).timeoutNanos = Ops.isTrue(flag) ? -1 : 0;
            return PyNone.NONE;
        });
        t.def0("getblocking", s -> {
            self(s).open();
            return PyBool.of(self(s).timeoutNanos != 0);
        });
        t.def1("settimeout", (s, v) -> {
            self(s).open();
            self(s).setTimeout(v);
            return PyNone.NONE;
        });
        t.def0("gettimeout", s -> timeoutObject(self(s).timeoutNanos));
        t.def0("__repr__", s -> PyStr.of(String.format("<socket object, fd=%d, family=%d, type=%d, proto=%d>",
                self(s).fileno(), self(s).family, self(s).kind, self(s).proto)));
    }

    /** Send and receive flags (MSG_PEEK...) have no Java NIO counterpart; 0 is the only one taken. */
    private static void checkFlags(PyObject flags) {
        if (flags != null && SocketAddresses.toLong(flags) != 0) {
            throw Errors.notImplemented("socket send/receive flags are not supported by weft");
        }
    }
}
