package dev.weft.runtime.modules.select;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.posix.FileDescriptors;
import dev.weft.runtime.modules.socket.SocketErrors;
import dev.weft.runtime.types.PyBool;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyTuple;

import java.io.IOException;
import java.util.List;

/** {@code select.epoll}: level-triggered readiness of sockets, on a {@link FdWatch}. */
public final class PyEpoll extends DerivedObject {
    public static final PyType TYPE = ModuleDefs.type("select", "epoll", PyEpoll.class, PyType.OBJECT,
            PyEpoll::define, PyType.BASETYPE);

    private static final int EEXIST = 17, ENOENT = 2, EPERM = 1, DEFAULT_MASK = FdWatch.POLLIN | FdWatch.POLLPRI
            | FdWatch.POLLOUT;

    private final FdWatch watch = new FdWatch(false);
    private final int fd = FileDescriptors.allocate();
    private volatile boolean closed;

    private PyEpoll(PyType type) {
        super(type);
    }

    private FdWatch open() {
        if (closed) {
            throw Errors.valueError("I/O operation on closed epoll object");
        }
        return watch;
    }

    private void register(int target, int mask) {
        FdWatch w = open();
        switch (FdWatch.kindOf(target)) {
            case NONE -> throw SocketErrors.error(SocketErrors.EBADF);
            case OTHER -> {
                if (target > 2) {
                    throw SocketErrors.error(EPERM); // epoll refuses regular files
                }
            }
            default -> { }
        }
        synchronized (w) {
            if (w.contains(target)) {
                throw SocketErrors.error(EEXIST);
            }
            w.put(target, mask);
        }
        w.wakeup();
    }

    private void modify(int target, int mask) {
        FdWatch w = open();
        synchronized (w) {
            if (!w.contains(target)) {
                throw SocketErrors.error(FdWatch.kindOf(target) == FdWatch.Kind.NONE ? SocketErrors.EBADF : ENOENT);
            }
            w.put(target, mask);
        }
        w.wakeup();
    }

    private void unregister(int target) {
        FdWatch w = open();
        if (!w.remove(target)) {
            throw SocketErrors.error(FdWatch.kindOf(target) == FdWatch.Kind.NONE ? SocketErrors.EBADF : ENOENT);
        }
        w.wakeup();
    }

    private PyObject poll(long timeoutNanos, int max) {
        FdWatch w = open();
        List<int[]> ready;
        try {
            ready = w.poll(timeoutNanos, max);
        } catch (IOException | java.nio.channels.ClosedSelectorException e) {
            if (closed) {
                throw Errors.valueError("I/O operation on closed epoll object");
            }
            throw SocketErrors.error(SocketErrors.EBADF);
        }
        PyList out = new PyList();
        for (int[] r : ready) {
            out.append(PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1])));
        }
        return out;
    }

    private void close() {
        if (!closed) {
            closed = true;
            try {
                watch.close();
            } catch (IOException ignored) {
                // closing a selector only fails if it is already broken
            }
        }
    }

    private static PyEpoll self(PyObject o) {
        return (PyEpoll) o;
    }

    private static int mask(PyObject o) {
        return o == null ? DEFAULT_MASK : (int) dev.weft.runtime.ops.Protocols.index(o, null).longValue();
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            PyObject[] a = ArgParse.parse("epoll", args, kw, new String[] {"sizehint", "flags"}, 0);
            if (a[0] != null) {
                long hint = dev.weft.runtime.ops.Protocols.index(a[0], null).longValue();
                if (hint == 0 || hint < -1) {
                    throw Errors.valueError("negative sizehint");
                }
            }
            return new PyEpoll(cls);
        });
        t.defV("register", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("register", args, kw, new String[] {"fd", "eventmask"}, 1);
            self(s).register(Descriptors.fd(a[0]), mask(a[1]));
            return PyNone.NONE;
        });
        t.defV("modify", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("modify", args, kw, new String[] {"fd", "eventmask"}, 2);
            self(s).modify(Descriptors.fd(a[0]), mask(a[1]));
            return PyNone.NONE;
        });
        t.defV("unregister", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("unregister", args, kw, new String[] {"fd"}, 1);
            self(s).unregister(Descriptors.fd(a[0]));
            return PyNone.NONE;
        });
        t.defV("poll", (s, args, kw) -> {
            PyObject[] a = ArgParse.parse("poll", args, kw, new String[] {"timeout", "maxevents"}, 0);
            int max = a[1] == null ? -1 : (int) dev.weft.runtime.ops.Protocols.index(a[1], null).longValue();
            if (max == 0 || max < -1) {
                throw Errors.valueError("maxevents must be greater than 0, got %d", max);
            }
            return self(s).poll(Descriptors.secondsTimeout(a[0]), max);
        });
        t.def0("close", s -> {
            self(s).close();
            return PyNone.NONE;
        });
        t.defGetSet("closed", s -> PyBool.of(self(s).closed), null);
        t.def0("fileno", s -> {
            self(s).open();
            return PyInt.of(self(s).fd);
        });
        t.def0("__enter__", s -> {
            self(s).open();
            return s;
        });
        t.defV("__exit__", (s, args, kw) -> {
            self(s).close();
            return PyNone.NONE;
        });
    }
}
