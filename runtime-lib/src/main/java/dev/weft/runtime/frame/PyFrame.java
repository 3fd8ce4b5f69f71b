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
 * The frame of a suspended generator ({@link #ofGenerator}) reads its state from the generator
 * instead: the line of the suspension point and the saved local variables.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = new PyType("frame", PyFrame.class, PyType.OBJECT, PyFrame::define,
            PyType.IMMUTABLE);

    private final List<PythonStack.Entry> stack;
    private final int index;
    private volatile PyFrame back;

    /** For a generator's frame: where its state is read; null for a frame of the stack. */
    private final GeneratorFrameView generator;

    private PyFrame(List<PythonStack.Entry> stack, int index) {
        this.stack = stack;
        this.index = index;
        this.generator = null;
    }

    private PyFrame(GeneratorFrameView generator) {
        this.stack = List.of();
        this.index = -1;
        this.generator = generator;
    }

    /** The frame object of a generator or coroutine ({@code gi_frame}): no caller while suspended. */
    public static PyFrame ofGenerator(GeneratorFrameView view) {
        return new PyFrame(view);
    }

    /**
     * The frame {@code depth} levels up from the Python code calling the builtin that asks
     * (0 = that code itself), or null if the stack is not that deep.
     */
    public static PyFrame at(int depth) {
        List<PythonStack.Entry> stack = PythonStack.frames(depth, Integer.MAX_VALUE);
        if (stack.isEmpty()) {
            return null;
        }
        PyFrame f = new PyFrame(stack, 0);
        f.thread = Thread.currentThread();
        return f;
    }

    /** The thread whose stack this frame was read from by {@link #at} (null for traceback frames). */
    private Thread thread;

    /**
     * {@code f_lineno}: the frame's current line while it is still running on the thread that
     * read it (its callers unchanged on the stack), else the line it was at when read.
     */
    public int lineno() {
        if (generator != null) {
            return generator.lineno();
        }
        PythonStack.Entry e = entry();
        if (thread != Thread.currentThread()) {
            return e.line();
        }
        List<PythonStack.Entry> now = PythonStack.frames(0, Integer.MAX_VALUE);
        int outer = stack.size() - index - 1;          // frames outside this one
        int at = now.size() - outer - 1;               // where this frame is now, if still running
        if (at < 0) {
            return e.line();
        }
        for (int k = 1; k <= outer; k++) {
            if (!now.get(at + k).equals(stack.get(index + k))) {
                return e.line();
            }
        }
        PythonStack.Entry current = now.get(at);
        boolean same = current.methodName().equals(e.methodName()) && current.className().equals(e.className());
        return same ? current.line() : e.line();
    }

    /**
     * The frames of a stack given innermost first (a traceback's, from a Java stack trace):
     * element i's {@code f_back} is element i + 1.
     */
    public static PyFrame[] chain(List<PythonStack.Entry> innermostFirst) {
        PyFrame[] out = new PyFrame[innermostFirst.size()];
        for (int i = out.length - 1; i >= 0; i--) {
            out[i] = new PyFrame(innermostFirst, i);
            if (i + 1 < out.length) {
                out[i].back = out[i + 1];
            }
        }
        return out;
    }

    /** The stack entry this frame shows (class, method, file, line). */
    public PythonStack.Entry entry() {
        return stack.get(index);
    }

    /** The Python function name of this frame ({@code <module>} for module-level code). */
    public String functionName() {
        if (generator != null) {
            return generator.code().info().name;
        }
        return Traceback.PythonNames.functionName(entry().methodName());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The frame's globals: the exec'd code's globals, or the module dict of its module. */
    public PyDict globals() {
        if (generator != null) {
            return generator.globals();
        }
        return globalsOf(entry());
    }

    /** The globals of the code of a stack entry. */
    public static PyDict globalsOf(PythonStack.Entry e) {
        Class<?> c = e.declaringClass();
        if (PythonStack.isExecClass(e.className())) {
            PyDict g = c == null ? null : ExecScopes.of(c).globals();
            if (g != null) {
                return g;
            }
        } else {
            PyObject m = ModuleRegistry.sysModules().getItemOrNull(PyStr.of(moduleNameOf(e.className())));
            if (m instanceof PyModule mod) {
                return mod.instanceDict();
            }
        }
        throw Errors.notImplemented("the globals of frame %s (%s) are not known to weft", e.methodName(),
                e.className());
    }

    /** {@code py.a.b} → {@code a.b}; {@code pystdlib.a.__init__} → {@code a} (the library's classes). */
    static String moduleNameOf(String className) {
        String n = className.startsWith("py.") ? className.substring(3)
                : className.startsWith(LIBRARY_PREFIX) ? className.substring(LIBRARY_PREFIX.length()) : className;
        return n.endsWith(".__init__") ? n.substring(0, n.length() - ".__init__".length()) : n;
    }

    /** The package of the classes of weft-stdlib (CPython's Lib compiled at build time). */
    private static final String LIBRARY_PREFIX = "pystdlib.";

    /** The namespace of module-level code (exec'd code: its locals); functions raise NotImplementedError. */
    public PyObject locals() {
        if (generator != null) {
            return generator.locals();
        }
        return localsOf(entry());
    }

    /** The local namespace of a stack entry's code, when it is module-level code. */
    public static PyObject localsOf(PythonStack.Entry e) {
        if (e.isModuleBody()) {
            if (e.declaringClass() != null && PythonStack.isExecClass(e.className())) {
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
        if (generator != null || index + 1 >= stack.size()) {
            return null;
        }
        PyFrame b = back;
        if (b == null) {
            b = new PyFrame(stack, index + 1);
            b.thread = thread;
            back = b;
        }
        return b;
    }

    /**
     * {@code f_code}: the function's own code object when its class recorded it (see
     * {@link CodeIndex}); otherwise one naming the function, whose first line is not known
     * (-1: reading it raises).
     */
    public PyCode code() {
        if (generator != null) {
            return generator.code();
        }
        PyCode c = code;
        if (c == null) {
            PythonStack.Entry e = entry();
            String name = functionName();
            CodeInfo info = CodeIndex.find(e.declaringClass(), name, e.line());
            if (info == null) {
                int first = e.isModuleBody() ? 1 : -1;
                info = new CodeInfo(name, name, e.fileName(), first, 0, 0, 0, new String[0], 0);
            }
            c = PyCode.of(info);
            code = c;
        }
        return c;
    }

    private volatile PyCode code;

    private static PyFrame self(PyObject o) {
        return (PyFrame) o;
    }

    private static void define(PyType t) {
        t.defGetSet("f_globals", self -> self(self).globals(), null);
        t.defGetSet("f_locals", self -> self(self).locals(), null);
        t.defGetSet("f_builtins", self -> BuiltinsModule.module().instanceDict(), null);
        t.defGetSet("f_lineno", self -> PyInt.of(self(self).lineno()), null);
        t.defGetSet("f_trace", self -> PyNone.NONE, null);
        // no bytecode: no instruction index (inspect and traceback then use f_lineno)
        t.defGetSet("f_lasti", self -> PyInt.of(-1), null);
        t.defGetSet("f_code", self -> self(self).code(), null);
        // Frees the frame's locals in CPython (traceback.clear_frames, unittest); a snapshot
        // holds none, so there is nothing to free.
        t.def0("clear", self -> PyNone.NONE);
        t.defGetSet("f_back", self -> {
            PyFrame b = self(self).back();
            return b == null ? PyNone.NONE : b;
        }, null);
        t.def0("__repr__", self -> {
            PyFrame f = self(self);
            String file = f.generator != null ? f.generator.code().info().filename : f.entry().fileName();
            return PyStr.of(String.format("<frame at 0x%x, file '%s', line %d, code %s>", System.identityHashCode(self),
                    file, f.lineno(), f.functionName()));
        });
    }
}
