package dev.weft.runtime.modules.sre;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyStr;

/**
 * The string a pattern runs over, read by code point: a BMP-only str is read through its Java
 * String (no copy), a str with surrogate pairs through the code-point offsets the str caches
 * (so matching at a position of a long string costs no copy either), bytes as its byte array
 * (a bytearray is copied once per call, as a snapshot).
 */
final class Subject {
    static final int BMP = 0, BYTES = 1, CODE_POINTS = 2;

    final PyObject original;
    final int kind;
    final String chars;
    final byte[] bytes;
    /** The str when it has surrogate pairs (read by code-point index). */
    final PyStr wide;
    final int length;

    private Subject(PyObject original, int kind, String chars, byte[] bytes, PyStr wide, int length) {
        this.original = original;
        this.kind = kind;
        this.chars = chars;
        this.bytes = bytes;
        this.wide = wide;
        this.length = length;
    }

    /** The subject for {@code o}, or a TypeError as CPython's getstring raises it. */
    static Subject of(PyObject o) {
        if (o instanceof PyStr s) {
            String v = s.value();
            if (s.isBmpOnly()) {
                return new Subject(o, BMP, v, null, null, v.length());
            }
            return new Subject(o, CODE_POINTS, v, null, s, s.length());
        }
        if (o instanceof PyBytes b) {
            byte[] a = b.array();
            return new Subject(o, BYTES, null, a, null, a.length);
        }
        if (o instanceof PyByteArray ba) {
            byte[] a = ba.toByteArray();
            return new Subject(o, BYTES, null, a, null, a.length);
        }
        throw Errors.typeError("expected string or bytes-like object, got '%s'", o.type().name());
    }

    boolean isBytes() {
        return kind == BYTES;
    }

    int at(int i) {
        switch (kind) {
            case BMP: return chars.charAt(i);
            case BYTES: return bytes[i] & 0xFF;
            default: return wide.codePointAt(i);
        }
    }

    /** The slice [begin, end) as CPython's getslice gives it: str, or bytes for any bytes-like subject. */
    PyObject slice(int begin, int end) {
        if (kind == BYTES) {
            if (original instanceof PyBytes b && b.getClass() == PyBytes.class && begin == 0 && end == length) {
                return original;
            }
            return PyBytes.of(java.util.Arrays.copyOfRange(bytes, begin, end));
        }
        if (original.getClass() == PyStr.class && begin == 0 && end == length) {
            return original;
        }
        if (kind == BMP) {
            return PyStr.of(chars.substring(begin, end));
        }
        return PyStr.of(wide.substring(begin, end));
    }

    /** The empty string of the subject's type (str or bytes). */
    PyObject empty() {
        return kind == BYTES ? PyBytes.EMPTY : PyStr.EMPTY;
    }
}
