package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyType;
import dev.weft.runtime.format.FormatError;
import dev.weft.runtime.text.TextError;
import dev.weft.runtime.text.UnicodeCodecError;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

/**
 * Converts the errors of the format and text libraries (which name a Python exception type
 * and carry CPython's message) into Python exceptions.
 */
public final class LibraryErrors {
    private LibraryErrors() { }

    public static PyException convert(RuntimeException e) {
        if (e instanceof UnicodeCodecError u) {
            PyType t = u.isDecodeError() ? ExceptionTypes.UnicodeDecodeError : ExceptionTypes.UnicodeEncodeError;
            Object obj = u.object();
            return new PyException(ExceptionTypes.create(t, PyStr.of(u.encoding()),
                    obj instanceof byte[] b ? PyBytes.of(b.clone()) : PyStr.of(String.valueOf(obj)),
                    PyInt.of(u.start()), PyInt.of(u.end()), PyStr.of(u.reason())));
        }
        if (e instanceof TextError t) {
            return Errors.make(typeNamed(t.pythonType()), t.getMessage());
        }
        if (e instanceof FormatError f) {
            if (f.pythonType().equals("MemoryError")) {
                return Errors.memoryError();
            }
            return Errors.make(typeNamed(f.pythonType()), f.getMessage());
        }
        return Errors.wrap(e);
    }

    private static PyType typeNamed(String name) {
        for (PyType t : ExceptionTypes.all()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        return ExceptionTypes.SystemError;
    }
}
