package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/** BaseExceptionGroup / ExceptionGroup: a message and a tuple of exceptions. */
public final class PyBaseExceptionGroup extends PyBaseException {
    private volatile PyStr message;
    private volatile PyTuple exceptions;

    public PyBaseExceptionGroup(PyType type) {
        super(type);
    }

    public PyStr message() { return message; }
    public PyTuple exceptions() { return exceptions; }

    /**
     * The part of this group whose exceptions pass {@code test} (tested on each exception,
     * groups included, as {@code split} does), derived with this group's metadata; None when
     * nothing passes.
     */
    public PyObject subgroup(java.util.function.Predicate<PyObject> test) {
        return ExceptionMethods.subgroup(this, test);
    }

    void setParts(PyStr message, PyTuple exceptions) {
        this.message = message;
        this.exceptions = exceptions;
    }

    @Override
    public String strValue() {
        int n = exceptions == null ? 0 : exceptions.size();
        return (message == null ? "" : message.toString()) + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }
}
