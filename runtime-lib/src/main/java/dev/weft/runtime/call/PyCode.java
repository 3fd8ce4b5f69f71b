package dev.weft.runtime.call;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * A function's {@code __code__}: a read-only view of its {@link CodeInfo} with CPython's
 * {@code co_*} attributes (no bytecode: {@code co_code} and friends do not exist here).
 */
public final class PyCode extends PyObject {
    public static final PyType TYPE = new PyType("code", PyCode.class, PyType.OBJECT, PyCode::define, PyType.IMMUTABLE);

    /** CPython's CO_OPTIMIZED | CO_NEWLOCALS, set for every function's code. */
    private static final int FUNCTION_FLAGS = 0x1 | 0x2;
    private static final int CO_NESTED = 0x10;
    /** CPython's CO_ITERABLE_COROUTINE: a generator function made awaitable by types.coroutine. */
    public static final int CO_ITERABLE_COROUTINE = 0x100;

    private final CodeInfo info;
    /** Code compiled at run time (exec/eval/compile): its class and {@code weft$exec(globals, locals)}; else null. */
    private final Class<?> execClass;
    private final java.lang.invoke.MethodHandle execEntry;

    private PyCode(CodeInfo info) {
        this(info, null, null);
    }

    /** Flags added to the code's own by {@code replace(co_flags=...)}. */
    private final int extraFlags;

    private PyCode(CodeInfo info, Class<?> execClass, java.lang.invoke.MethodHandle execEntry) {
        this(info, execClass, execEntry, 0);
    }

    private PyCode(CodeInfo info, Class<?> execClass, java.lang.invoke.MethodHandle execEntry, int extraFlags) {
        this.info = info;
        this.execClass = execClass;
        this.execEntry = execEntry;
        this.extraFlags = extraFlags;
    }

    /** A copy of this code object with {@code flags} added to its {@code co_flags}. */
    public PyCode withFlags(int flags) {
        return new PyCode(info, execClass, execEntry, extraFlags | flags);
    }

    /** {@code co_flags}. */
    public int flags() {
        if (execEntry != null) {
            return extraFlags;
        }
        return FUNCTION_FLAGS | info.flags | (info.qualname.contains("<locals>") ? CO_NESTED : 0) | extraFlags;
    }

    /** The module-level code object of source compiled at run time, run by {@link #runExec}. */
    public static PyCode forExec(String filename, Class<?> execClass, java.lang.invoke.MethodHandle execEntry) {
        CodeInfo info = new CodeInfo("<module>", "<module>", filename, 1, 0, 0, 0, new String[0], 0);
        return new PyCode(info, execClass, execEntry);
    }

    /** Whether this code can be given to exec/eval (module-level code compiled at run time). */
    public boolean isExecutable() {
        return execEntry != null;
    }

    /** The class holding this exec'd code (null for a function's code). */
    public Class<?> execClass() {
        return execClass;
    }

    public CodeInfo info() {
        return info;
    }

    /** Runs exec'd code with {@code locals} as its namespace; returns its value (eval mode) or None. */
    public PyObject runExec(dev.weft.runtime.types.PyDict globals, PyObject locals) {
        try {
            return (PyObject) execEntry.invokeExact(globals, locals);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw dev.weft.runtime.exc.Errors.wrap(t);
        }
    }

    /** The one code object of {@code info} (so {@code f.__code__ is f.__code__}). */
    public static PyCode of(CodeInfo info) {
        PyCode c = info.codeObject;
        if (c == null) {
            synchronized (info) {
                c = info.codeObject;
                if (c == null) {
                    c = new PyCode(info);
                    info.codeObject = c;
                }
            }
        }
        return c;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static CodeInfo info(PyObject self) {
        return ((PyCode) self).info;
    }

    private static PyObject orNone(int column) {
        return column < 0 ? dev.weft.runtime.types.PyNone.NONE : PyInt.of(column);
    }

    private static PyTuple strings(String[] names) {
        PyObject[] items = new PyObject[names.length];
        for (int i = 0; i < names.length; i++) {
            items[i] = PyStr.intern(names[i]);
        }
        return PyTuple.of(items);
    }

    private static void define(PyType t) {
        t.defGetSet("co_name", self -> PyStr.of(info(self).name), null);
        t.defGetSet("co_qualname", self -> PyStr.of(info(self).qualname), null);
        t.defGetSet("co_filename", self -> PyStr.of(info(self).filename), null);
        t.defGetSet("co_firstlineno", self -> {
            if (info(self).firstLineNo < 0) {
                throw dev.weft.runtime.exc.Errors.notImplemented("the first line of a frame's code object is not known to weft");
            }
            return PyInt.of(info(self).firstLineNo);
        }, null);
        t.defGetSet("co_argcount", self -> PyInt.of(info(self).argCount), null);
        t.defGetSet("co_posonlyargcount", self -> PyInt.of(info(self).posOnlyCount), null);
        t.defGetSet("co_kwonlyargcount", self -> PyInt.of(info(self).kwOnlyCount), null);
        t.defGetSet("co_nlocals", self -> PyInt.of(info(self).varNames.length), null);
        t.defGetSet("co_varnames", self -> strings(info(self).varNames), null);
        t.defGetSet("co_cellvars", self -> strings(info(self).cellVars), null);
        t.defGetSet("co_freevars", self -> strings(info(self).freeVars), null);
        t.defGetSet("co_flags", self -> PyInt.of(((PyCode) self).flags()), null);
        // One entry per source span of the class that defines this code (no bytecode: a
        // traceback's tb_lasti indexes this list, times two)
        t.def0("co_positions", self -> {
            dev.weft.runtime.frame.SourcePositions.Span[] spans = dev.weft.runtime.frame.SourcePositions.all(
                    dev.weft.runtime.frame.CodeIndex.ownerOf(info(self)));
            PyObject[] items = new PyObject[spans.length];
            for (int i = 0; i < spans.length; i++) {
                dev.weft.runtime.frame.SourcePositions.Span sp = spans[i];
                items[i] = PyTuple.of(PyInt.of(sp.line()), PyInt.of(sp.endLine()), orNone(sp.col()), orNone(sp.endCol()));
            }
            return dev.weft.runtime.ops.Protocols.iter(new dev.weft.runtime.types.PyList(items));
        });
        // code.replace(): only co_flags can change (types.coroutine adds CO_ITERABLE_COROUTINE); compiled
        // code has no bytecode or tables to replace
        t.defV("replace", (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length > nkw) {
                throw Errors.typeError("replace() takes no positional arguments");
            }
            PyCode c = (PyCode) self;
            int flags = c.flags();
            for (int i = 0; i < nkw; i++) {
                PyObject v = args[args.length - nkw + i];
                if (!kw[i].equals("co_flags")) {
                    throw Errors.notImplemented("code.replace(%s=...) is not supported by weft (only co_flags)", kw[i]);
                }
                flags = (int) dev.weft.runtime.ops.Protocols.index(v, null).longValue();
            }
            int added = flags & ~c.flags();
            if ((flags & ~c.flags() & ~CO_ITERABLE_COROUTINE) != 0 || (c.flags() & ~flags) != 0) {
                throw Errors.notImplemented("code.replace(co_flags=...) can only add CO_ITERABLE_COROUTINE in weft");
            }
            return added == 0 ? c : c.withFlags(added);
        });
        t.def0("__repr__", self -> PyStr.of(String.format("<code object %s at 0x%x, file \"%s\", line %d>",
                info(self).name, System.identityHashCode(self), info(self).filename, info(self).firstLineNo)));
    }
}
