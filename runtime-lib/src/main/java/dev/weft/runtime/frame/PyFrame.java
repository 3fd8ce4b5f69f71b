package dev.weft.runtime.frame;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.call.CodeInfo;
import dev.weft.runtime.call.PyCode;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.Traceback;
import dev.weft.runtime.modules.ModuleRegistry;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.List;

/**
 * A frame object ({@code sys._getframe()}): a snapshot of one Python frame of the stack as it
 * was when asked, linked to its callers through {@code f_back}. {@code f_lineno} is the line
 * at that moment. {@code f_locals} is the namespace for module-level code; a function's local
 * variables live in JVM locals, which cannot be read from outside, so it is not available.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = new PyType("frame", PyFrame.class, PyType.OBJECT, PyFrame::define,
            PyType.IMMUTABLE);

    private final List<PythonStack.Entry> stack;
    private final int index;
    private volatile PyFrame back;

    private PyFrame(List<PythonStack.Entry> stack, int index) {
        this.stack = stack;
        this.index = index;
    }

    /**
     * The frame {@code depth} levels up from the Python code calling the builtin that asks
     * (0 = that code itself), or null if the stack is not that deep.
     */
    public static PyFrame at(int depth) {
        List<PythonStack.Entry> stack = PythonStack.frames(depth, Integer.MAX_VALUE);
        return stack.isEmpty() ? null : new PyFrame(stack, 0);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PythonStack.Entry entry() {
        return stack.get(index);
    }

    /** The frame's globals: the exec'd code's globals, or the module dict of its module. */
    public PyDict globals() {
        return globalsOf(entry());
    }

    /** The globals of the code of a stack entry. */
    public static PyDict globalsOf(PythonStack.Entry e) {
        Class<?> c = e.declaringClass();
        if (PythonStack.isExecClass(c)) {
            PyDict g = ExecScopes.of(c).globals();
            if (g != null) {
                return g;
            }
        } else {
            PyObject m = ModuleRegistry.sysModules().getItemOrNull(PyStr.of(moduleNameOf(c.getName())));
            if (m instanceof PyModule mod) {
                return mod.instanceDict();
            }
        }
        throw Errors.notImplemented("the globals of frame %s (%s) are not known to weft", e.methodName(), c.getName());
    }

    /** {@code py.a.b} → {@code a.b}; {@code py.a.__init__} → {@code a}. */
    static String moduleNameOf(String className) {
        String n = className.startsWith("py.") ? className.substring(3) : className;
        return n.endsWith(".__init__") ? n.substring(0, n.length() - ".__init__".length()) : n;
    }

    /** The namespace of module-level code (exec'd code: its locals); functions raise NotImplementedError. */
    public PyObject locals() {
        return localsOf(entry());
    }

    /** The local namespace of a stack entry's code, when it is module-level code. */
    public static PyObject localsOf(PythonStack.Entry e) {
        if (e.isModuleBody()) {
            if (PythonStack.isExecClass(e.declaringClass())) {
                PyObject l = ExecScopes.of(e.declaringClass()).locals();
                if (l != null) {
                    return l;
                }
            }
            return globalsOf(e);
        }
        throw Errors.notImplemented("the local variables of function %s() cannot be read by weft "
                + "(they live in JVM locals); only module-level frames have f_locals",
                Traceback.PythonNames.functionName(e.methodName()));
    }

    /** The caller's frame, or null for the outermost. */
    public PyFrame back() {
        if (index + 1 >= stack.size()) {
            return null;
        }
        PyFrame b = back;
        if (b == null) {
            b = new PyFrame(stack, index + 1);
            back = b;
        }
        return b;
    }

    /** {@code f_code}: a code object naming the function (its first line is not known: -1 raises on read). */
    private PyCode code() {
        PythonStack.Entry e = entry();
        String name = Traceback.PythonNames.functionName(e.methodName());
        int first = e.isModuleBody() ? 1 : -1;
        return PyCode.of(new CodeInfo(name, name, e.fileName(), first, 0, 0, 0, new String[0], 0));
    }

    private static PyFrame self(PyObject o) {
        return (PyFrame) o;
    }

    private static void define(PyType t) {
        t.defGetSet("f_globals", self -> self(self).globals(), null);
        t.defGetSet("f_locals", self -> self(self).locals(), null);
        t.defGetSet("f_builtins", self -> BuiltinsModule.module().instanceDict(), null);
        t.defGetSet("f_lineno", self -> PyInt.of(self(self).entry().line()), null);
        t.defGetSet("f_trace", self -> PyNone.NONE, null);
        t.defGetSet("f_code", self -> self(self).code(), null);
        t.defGetSet("f_back", self -> {
            PyFrame b = self(self).back();
            return b == null ? PyNone.NONE : b;
        }, null);
        t.def0("__repr__", self -> {
            PythonStack.Entry e = self(self).entry();
            return PyStr.of(String.format("<frame at 0x%x, file '%s', line %d, code %s>", System.identityHashCode(self),
                    e.fileName(), e.line(), Traceback.PythonNames.functionName(e.methodName())));
        });
    }
}
