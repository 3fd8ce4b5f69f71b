package dev.weft.runtime.modules;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.BufferExporter;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;

/**
 * The buffer protocol as the Java modules see it: bytes and bytearray directly, any other
 * object whose type has {@code __buffer__} (PEP 688: memoryview, array) through {@code bytes(o)}.
 */
public final class Buffers {
    private Buffers() { }

    /** The contents of a bytes-like object (not to be modified), or null if {@code o} is not one. */
    public static byte[] bytesOrNull(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.array();
        }
        if (o instanceof PyByteArray ba) {
            return ba.toByteArray();
        }
        if (o instanceof BufferExporter e) {
            return e.exportBytes();
        }
        if (o instanceof dev.weft.runtime.types.PyMemoryView mv) {
            return mv.toBytes();
        }
        if (o.type().lookup("__buffer__") != null) {
            return ((PyBytes) Calls.call1(PyBytes.TYPE, o)).array();
        }
        return null;
    }

    /** The contents of a bytes-like object; else CPython's TypeError. */
    public static byte[] bytes(PyObject o) {
        byte[] b = bytesOrNull(o);
        if (b == null) {
            throw Errors.typeError("a bytes-like object is required, not '%s'", o.type().name());
        }
        return b;
    }

    /** A writable buffer (bytearray); else CPython's TypeError. */
    public static PyByteArray writable(PyObject o) {
        if (o instanceof PyByteArray ba) {
            return ba;
        }
        throw Errors.typeError("argument must be read-write bytes-like object, not %s", o.type().name());
    }
}
