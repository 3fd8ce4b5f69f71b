package dev.weft.runtime.modules.select;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.Timeouts;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;

/** The descriptor and timeout arguments of select's functions, converted as CPython converts them. */
final class Descriptors {
    private Descriptors() { }

    /** An int, or an object whose {@code fileno()} returns one (PyObject_AsFileDescriptor). */
    static int fd(PyObject o) {
        PyObject v = o;
        if (!(o instanceof PyInt)) {
            if (o.type().lookup("fileno") == null) {
                throw Errors.typeError("argument must be an int, or have a fileno() method.");
            }
            v = Ops.callMethod(o, "fileno");
            if (!(v instanceof PyInt)) {
                throw Errors.typeError("fileno() returned a non-integer");
            }
        }
        PyInt i = (PyInt) v;
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        int fd = (int) i.longValue();
        if (fd < 0) {
            throw Errors.valueError("file descriptor cannot be a negative integer (%d)", fd);
        }
        return fd;
    }

    /** A timeout in seconds (select, epoll.poll) as nanoseconds; None or negative: -1 (no limit). */
    static long secondsTimeout(PyObject t) {
        if (t == null || t == PyNone.NONE) {
            return -1;
        }
        double s = Timeouts.seconds(t);
        return s < 0 ? -1 : Timeouts.toNanos(s);
    }

    /** A timeout in milliseconds (poll.poll) as nanoseconds; None or negative: -1 (no limit). */
    static long millisTimeout(PyObject t) {
        if (t == null || t == PyNone.NONE) {
            return -1;
        }
        double ms = Timeouts.seconds(t);
        return ms < 0 ? -1 : Timeouts.toNanos(Math.ceil(ms) / 1e3);
    }
}
