package dev.weft.runtime.modules.posix;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A path argument of a {@code posix} function as CPython's {@code path_converter} takes it:
 * str, bytes, an {@code os.PathLike}, or (where the function allows) an open file descriptor.
 * Remembers whether it was bytes, so results come back in the same kind.
 */
record PathArg(String text, boolean isBytes, int fd, PyObject original) {
    static PathArg of(PyObject p, String fn, boolean allowFd) {
        return of(p, fn, allowFd, false);
    }

    /** As CPython's converter; {@code allowNone} only changes the wording of the error (the caller maps None). */
    static PathArg of(PyObject p, String fn, boolean allowFd, boolean allowNone) {
        PyObject o = p;
        if (!(o instanceof PyStr) && !(o instanceof PyBytes) && o.type().lookup("__fspath__") != null) {
            o = Ops.callMethod(o, "__fspath__");
            if (!(o instanceof PyStr) && !(o instanceof PyBytes)) {
                throw Errors.typeError("expected %s.__fspath__() to return str or bytes, not %s", p.type().name(),
                        o.type().name());
            }
        }
        if (o instanceof PyStr s) {
            String v = s.value();
            checkNul(v, fn);
            return new PathArg(v, false, -1, p);
        }
        if (o instanceof PyBytes b) {
            String v = new String(b.array(), StandardCharsets.UTF_8);
            checkNul(v, fn);
            return new PathArg(v, true, -1, p);
        }
        if (allowFd && o instanceof PyInt i && !(o instanceof dev.weft.runtime.types.PyBool)) {
            return new PathArg(null, false, (int) dev.weft.runtime.ops.Protocols.indexValue(i, "int"), p);
        }
        String kinds = allowNone ? "string, bytes, os.PathLike, integer or None"
                : allowFd ? "string, bytes, os.PathLike or integer" : "string, bytes or os.PathLike";
        if (o instanceof PyByteArray) {
            throw Errors.typeError("%s: path should be %s, not bytearray", fn, kinds);
        }
        throw Errors.typeError("%s: path should be %s, not %s", fn, kinds, o.type().name());
    }

    private static void checkNul(String v, String fn) {
        if (v.indexOf('\0') >= 0) {
            throw Errors.valueError("%s: embedded null character in path", fn);
        }
    }

    boolean isFd() {
        return text == null;
    }

    /** The path resolved as the process sees it (relative paths against the working directory). */
    Path path() {
        return Path.of(text.isEmpty() ? "" : text);
    }

    /** A name or path in the kind of this argument: bytes for a bytes argument, else str. */
    PyObject same(String s) {
        return isBytes ? PyBytes.of(s.getBytes(StandardCharsets.UTF_8)) : PyStr.of(s);
    }
}
