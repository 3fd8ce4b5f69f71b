package dev.weft.runtime.exc;

import dev.weft.runtime.core.Derived;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * A Python exception object ({@code BaseException} and everything below it). Subclasses in
 * this package add the fields of the exceptions that have them (OSError, SyntaxError, ...).
 */
public class PyBaseException extends PyObject implements Derived {
    private volatile PyType type;
    private volatile PyTuple args = PyTuple.EMPTY;
    private volatile PyObject cause;
    private volatile PyObject context;
    private volatile boolean suppressContext;
    private volatile PyObject traceback;
    private volatile PyDict dict;
    private final PyObject[] slots;
    /** The Java exception that last carried this object (its stack trace is the traceback). */
    volatile PyException lastThrown;
    /** Frames from an earlier raise of this object, shown after the current carrier's (see {@link Traceback#raiseAgain}). */
    volatile Traceback earlierFrames;
    /**
     * The Python frame whose handler last caught this exception (class and JVM method name),
     * where its traceback starts; null if not caught since it was last raised.
     */
    volatile String[] catcher;
    /** Whether {@link #traceback} was built from the carrier's frames (so a later catch rebuilds it). */
    volatile boolean tracebackBuilt;

    public PyBaseException(PyType type) {
        this.type = type;
        this.slots = type.slotCount() == 0 ? NO_SLOTS : new PyObject[type.slotCount()];
    }

    private static final PyObject[] NO_SLOTS = new PyObject[0];

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public void setType(PyType t) {
        type = t;
    }

    /** {@code BaseException.__init__}: subclasses with fields override to parse the arguments. */
    public void init(PyObject[] a) {
        this.args = PyTuple.of(a.clone());
    }

    public PyTuple args() { return args; }
    public void setArgs(PyTuple t) { args = t; }
    public PyObject cause() { return cause; }
    /** {@code raise X from Y} (and {@code __cause__ = Y}): also sets {@code __suppress_context__}. */
    public void setCause(PyObject c) { cause = c == PyNone.NONE ? null : c; suppressContext = true; }
    public void setCauseOnly(PyObject c) { cause = c == PyNone.NONE ? null : c; }
    public PyObject context() { return context; }
    public void setContext(PyObject c) { context = c == PyNone.NONE ? null : c; }
    public boolean suppressContext() { return suppressContext; }
    public void setSuppressContext(boolean b) { suppressContext = b; }
    public PyObject traceback() { return traceback; }
    public void setTraceback(PyObject tb) {
        traceback = tb == PyNone.NONE ? null : tb;
        tracebackBuilt = false;
    }
    public PyException lastThrown() { return lastThrown; }

    @Override
    public PyDict instanceDict() {
        PyDict d = dict;
        if (d == null) {
            synchronized (this) {
                if (dict == null) {
                    dict = new PyDict();
                }
                d = dict;
            }
        }
        return d;
    }

    @Override
    public void setInstanceDict(PyDict d) {
        dict = d;
    }

    @Override
    public PyObject[] slots() {
        return slots;
    }

    /** CPython's {@code BaseException.__str__}. */
    public String strValue() {
        PyTuple a = args;
        switch (a.size()) {
            case 0:
                return "";
            case 1:
                return Ops.strString(a.get(0));
            default:
                return Ops.strString(a);
        }
    }

    /** CPython's {@code BaseException.__repr__}: {@code Name(arg, ...)}. */
    public String reprValue() {
        PyTuple a = args;
        String name = type.name();
        if (a.size() == 1) {
            return name + "(" + Ops.reprString(a.get(0)) + ")";
        }
        String r = Ops.reprString(a);
        return name + r;
    }

    /** Raises this exception: wraps it in a fresh Java exception (a new traceback). */
    public PyException toThrow() {
        return new PyException(this);
    }

    static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    static String strOf(PyObject o) {
        return o instanceof PyStr s ? s.toString() : Ops.strString(o);
    }
}
