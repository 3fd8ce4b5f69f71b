package dev.weft.runtime.modules.select;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.socket.SocketErrors;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyTuple;

import java.io.IOException;
import java.util.List;

/** {@code select.poll()} objects: descriptors with event masks, timeouts in milliseconds. */
public final class PyPoll extends PyObject {
    public static final PyType TYPE = ModuleDefs.type("select", "poll", PyPoll.class, PyType.OBJECT,
            PyPoll::define, 0);

    private static final int ENOENT = 2;
    private final FdWatch watch = new FdWatch(true);

    PyPoll() { }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyPoll self(PyObject o) {
        return (PyPoll) o;
    }

    private static int mask(PyObject o) {
        if (o == null) {
            return FdWatch.POLLIN | FdWatch.POLLPRI | FdWatch.POLLOUT;
        }
        long m = dev.weft.runtime.ops.Protocols.index(o, null).longValue();
        if (m < 0 || m > 0xffff) {
            throw Errors.overflowError("Python int too large for C unsigned short");
        }
        return (int) m;
    }

    private static void define(PyType t) {
        t.def2("register", 1, (s, fd, m) -> {
            self(s).watch.put(Descriptors.fd(fd), mask(m));
            self(s).watch.wakeup();
            return PyNone.NONE;
        });
        t.def2("modify", 2, (s, fd, m) -> {
            int n = Descriptors.fd(fd);
            synchronized (self(s).watch) {
                if (!self(s).watch.contains(n)) {
                    throw SocketErrors.error(ENOENT);
                }
                self(s).watch.put(n, mask(m));
            }
            self(s).watch.wakeup();
            return PyNone.NONE;
        });
        t.def1("unregister", (s, fd) -> {
            if (!self(s).watch.remove(Descriptors.fd(fd))) {
                throw Errors.keyError(fd);
            }
            return PyNone.NONE;
        });
        t.def1("poll", 0, (s, timeout) -> {
            List<int[]> ready;
            try {
                ready = self(s).watch.poll(Descriptors.millisTimeout(timeout), 0);
            } catch (IOException e) {
                throw SocketErrors.of(e);
            }
            PyList out = new PyList();
            for (int[] r : ready) {
                out.append(PyTuple.of(PyInt.of(r[0]), PyInt.of(r[1])));
            }
            return out;
        });
    }
}
