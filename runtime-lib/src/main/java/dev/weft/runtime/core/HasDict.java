package dev.weft.runtime.core;

import dev.weft.runtime.types.PyDict;

/** A value with an instance {@code __dict__}. The dict may be null for instances whose class uses {@code __slots__}. */
public interface HasDict {
    PyDict instanceDict();

    /** Replaces the dict ({@code obj.__dict__ = d}); types that do not allow it raise TypeError. */
    default void setInstanceDict(PyDict d) {
        throw dev.weft.runtime.exc.Errors.typeError("__dict__ cannot be replaced");
    }
}
