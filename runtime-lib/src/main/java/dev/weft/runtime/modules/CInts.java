package dev.weft.runtime.modules;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;

/** Arguments that C modules convert to a C {@code int} (CPython's "i" format), with CPython's errors. */
public final class CInts {
    private CInts() { }

    public static int asInt(PyObject o) {
        PyInt i = Protocols.index(o, "'" + o.type().name() + "' object cannot be interpreted as an integer");
        if (!i.fitsLong() || i.longValue() > Integer.MAX_VALUE || i.longValue() < Integer.MIN_VALUE) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }
}
