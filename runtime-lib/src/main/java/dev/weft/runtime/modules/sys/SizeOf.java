package dev.weft.runtime.modules.sys;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyList;
import dev.weft.runtime.types.PySet;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * {@code sys.getsizeof}: an approximation that follows CPython's 64-bit object layouts (so that
 * relative sizes and growth with length look familiar); the JVM's real sizes differ.
 */
final class SizeOf {
    private SizeOf() { }

    static long estimate(PyObject o) {
        if (o.type().lookup("__sizeof__") != null && !(o instanceof PyInt || o instanceof PyStr || o instanceof PyList
                || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet || o instanceof PyFloat
                || o instanceof PyBytes)) {
            PyObject r = Ops.callMethod(o, "__sizeof__");
            if (r instanceof PyInt i && i.fitsLong()) {
                return i.longValue() + 16;
            }
        }
        if (o instanceof PyInt i) {
            int bits = i.bigValue().abs().bitLength();
            return bits == 0 ? 28 : 24 + 4L * ((bits + 29) / 30);
        }
        if (o instanceof PyFloat) {
            return 24;
        }
        if (o instanceof PyStr s) {
            String v = s.value();
            boolean ascii = v.chars().allMatch(c -> c < 128);
            if (ascii) {
                return 41 + v.length();
            }
            int maxCp = v.codePoints().max().orElse(0);
            int width = maxCp < 256 ? 1 : maxCp < 65536 ? 2 : 4;
            return 57 + (long) width * (s.length() + 1) - (width == 1 ? 1 : 0);
        }
        if (o instanceof PyBytes b) {
            return 33 + bytesLength(b);
        }
        if (o instanceof PyTuple t) {
            return 40 + 8L * t.size();
        }
        if (o instanceof PyList l) {
            return 56 + 8L * l.size();
        }
        if (o instanceof PyDict d) {
            return d.size() == 0 ? 64 : 184 + 40L * Integer.highestOneBit(Math.max(8, d.size() * 3 / 2));
        }
        if (o instanceof PySet) {
            return 216;
        }
        return 48;
    }

    private static long bytesLength(PyBytes b) {
        return dev.weft.runtime.ops.Protocols.len(b);
    }
}
