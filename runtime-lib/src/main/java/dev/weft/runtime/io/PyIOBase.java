package dev.weft.runtime.io;

import dev.weft.runtime.core.PyType;
import dev.weft.runtime.modules.DerivedObject;

/**
 * An object of {@code _io._IOBase} or one of its subclasses: the Java base of StringIO, BytesIO,
 * the file objects, and of Python classes deriving from the abstract bases ({@code io.RawIOBase}).
 * It carries the closed flag CPython keeps as {@code __IOBase_closed}.
 */
public class PyIOBase extends DerivedObject {
    /** Set once by {@code close()}; never cleared. */
    volatile boolean baseClosed;

    protected PyIOBase(PyType type) {
        super(type);
    }

    /** Whether the object reports itself closed (subclasses with their own state override this). */
    boolean isClosed() {
        return baseClosed;
    }
}
