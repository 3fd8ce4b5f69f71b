package dev.weft.runtime.modules.thread;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.Traceback;
import dev.weft.runtime.io.StdStreams;
import dev.weft.runtime.modules.ExceptionPrinter;
import dev.weft.runtime.modules.StructSeq;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyTuple;
import dev.weft.runtime.exc.Errors;

/** {@code _thread._excepthook} and its argument type {@code _thread._ExceptHookArgs}. */
public final class ExceptHook {
    private ExceptHook() { }

    public static final StructSeq ARGS = new StructSeq("_thread", "_ExceptHookArgs", "_thread._ExceptHookArgs", 4,
            "exc_type", "exc_value", "exc_traceback", "thread");

    /** The hook's argument for exception {@code e} raised in {@code thread} (a Thread object or None). */
    public static PyTuple args(PyBaseException e, PyObject thread) {
        return ARGS.make(e.type(), e, Traceback.of(e), thread == null ? PyNone.NONE : thread);
    }

    /** The default hook: ignores SystemExit, otherwise prints {@code Exception in thread NAME:} and the traceback. */
    public static PyObject defaultHook(PyObject unused, PyObject hookArgs) {
        if (hookArgs.type() != ARGS.type()) {
            throw Errors.typeError("_thread._excepthook argument type must be ExceptHookArgs");
        }
        PyTuple a = (PyTuple) hookArgs;
        PyObject type = a.get(0);
        if (type instanceof PyType t && t.isSubtypeOf(ExceptionTypes.SystemExit)) {
            return PyNone.NONE;
        }
        PyObject stderr = StdStreams.stderr();
        if (stderr == PyNone.NONE) {
            return PyNone.NONE;
        }
        PyObject thread = a.get(3);
        String name = thread == PyNone.NONE ? Long.toString(ThreadIds.currentIdent())
                : Ops.strString(Attr.getAttr(thread, "name"));
        StringBuilder sb = new StringBuilder("Exception in thread ").append(name).append(":\n");
        if (a.get(1) instanceof PyBaseException e) {
            sb.append(ExceptionPrinter.format(e));
        } else {
            sb.append(Ops.strString(type)).append('\n');
        }
        ExceptionPrinter.write(stderr, sb.toString());
        return PyNone.NONE;
    }
}
