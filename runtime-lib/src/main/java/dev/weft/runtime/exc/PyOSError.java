package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyTuple;

/** OSError and its subclasses: {@code errno}, {@code strerror}, {@code filename}, {@code filename2}. */
public final class PyOSError extends PyBaseException {
    private volatile PyObject errno, strerror, filename, filename2, charactersWritten;

    public PyOSError(PyType type) {
        super(type);
    }

    /** The subclass CPython's {@code OSError(errno, ...)} constructs for a given errno (Linux values). */
    static PyType subclassForErrno(PyObject[] a) {
        if (a.length < 2 || !(a[0] instanceof PyInt i) || !i.fitsLong()) {
            return null;
        }
        switch ((int) i.longValue()) {
            case 11: case 114: case 115: return ExceptionTypes.BlockingIOError;
            case 10: return ExceptionTypes.ChildProcessError;
            case 32: case 108: return ExceptionTypes.BrokenPipeError;
            case 103: return ExceptionTypes.ConnectionAbortedError;
            case 111: return ExceptionTypes.ConnectionRefusedError;
            case 104: return ExceptionTypes.ConnectionResetError;
            case 17: return ExceptionTypes.FileExistsError;
            case 2: return ExceptionTypes.FileNotFoundError;
            case 21: return ExceptionTypes.IsADirectoryError;
            case 20: return ExceptionTypes.NotADirectoryError;
            case 4: return ExceptionTypes.InterruptedError;
            case 1: case 13: return ExceptionTypes.PermissionError;
            case 3: return ExceptionTypes.ProcessLookupError;
            case 110: return ExceptionTypes.TimeoutError;
            default: return null;
        }
    }

    @Override
    public void init(PyObject[] a) {
        super.init(a);
        if (a.length >= 2 && a.length <= 5) {
            errno = a[0];
            strerror = a[1];
            if (a.length >= 3) {
                filename = a[2];
                if (a.length == 5) {
                    filename2 = a[4];
                }
                setArgs(PyTuple.of(a[0], a[1]));
            }
        }
    }

    public PyObject errno() { return orNone(errno); }
    public PyObject strerror() { return orNone(strerror); }
    public PyObject filename() { return orNone(filename); }
    public PyObject filename2() { return orNone(filename2); }
    public void setErrno(PyObject v) { errno = v; }
    public void setStrerror(PyObject v) { strerror = v; }
    public void setFilename(PyObject v) { filename = v; }
    public void setFilename2(PyObject v) { filename2 = v; }
    public PyObject charactersWritten() {
        if (charactersWritten == null) {
            throw Errors.attributeError("characters_written");
        }
        return charactersWritten;
    }
    public void setCharactersWritten(PyObject v) { charactersWritten = v; }

    private static boolean set(PyObject o) {
        return o != null && o != PyNone.NONE;
    }

    @Override
    public String strValue() {
        if (set(filename)) {
            if (set(filename2)) {
                return String.format("[Errno %s] %s: %s -> %s", strOf(errno()), strOf(strerror()),
                        Ops.reprString(filename), Ops.reprString(filename2));
            }
            return String.format("[Errno %s] %s: %s", strOf(errno()), strOf(strerror()), Ops.reprString(filename));
        }
        if (set(errno) && set(strerror)) {
            return String.format("[Errno %s] %s", strOf(errno), strOf(strerror));
        }
        return super.strValue();
    }

    /** Builds an OSError subclass instance for an errno, as raised by the io layer. */
    public static PyException of(int errnoValue, String message, PyObject fileName) {
        PyObject[] a = fileName == null
                ? new PyObject[] {PyInt.of(errnoValue), dev.weft.runtime.types.PyStr.of(message)}
                : new PyObject[] {PyInt.of(errnoValue), dev.weft.runtime.types.PyStr.of(message), fileName};
        PyType t = subclassForErrno(a);
        PyOSError e = new PyOSError(t == null ? ExceptionTypes.OSError : t);
        e.init(a);
        return new PyException(e);
    }
}
