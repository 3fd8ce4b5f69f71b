package dev.weft.runtime.modules.typing;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyStr;

/**
 * Calls into Lib/typing.py, which implements part of what {@code _typing} offers (CPython's
 * C code calls {@code typing._type_check}, {@code _make_union}, {@code _generic_class_getitem}
 * and friends the same way). When typing cannot be imported, {@link #function} returns null
 * and the callers use their own simpler behaviour, so that PEP 695 code runs without it.
 */
final class TypingBridge {
    private TypingBridge() { }

    /** Set once importing typing has failed, so that it is not re-run at every call. */
    private static volatile boolean unavailable;

    /** {@code typing.<name>}, or null when typing cannot be imported. */
    static PyObject function(String name) {
        PyObject typing = Importer.sysModules().getItemOrNull(PyStr.intern("typing"));
        if (typing == null) {
            if (unavailable) {
                return null;
            }
            try {
                typing = Importer.importModule("typing");
            } catch (PyException e) {
                unavailable = true;
                return null;
            }
        }
        return Attr.getAttr(typing, name);
    }

    /** {@code typing.<name>(args...)}, or null when typing cannot be imported. */
    static PyObject call(String name, PyObject... args) {
        PyObject f = function(name);
        return f == null ? null : Calls.call(f, args, null);
    }

    /**
     * The module of the Python code calling into the runtime (CPython's {@code caller()}, which
     * reads the calling frame's globals): the class of the nearest generated frame names it.
     */
    static String callerModule() {
        return StackWalker.getInstance().walk(frames -> frames
                .filter(f -> f.getFileName() != null && f.getFileName().endsWith(".py")
                        && (f.getClassName().startsWith("py.") || f.getClassName().startsWith("pystdlib.")))
                .findFirst()
                .map(f -> {
                    // a program's module a.b is class py.a.b, a library module pystdlib.a.b
                    String c = f.getClassName();
                    String m = c.substring(c.indexOf('.') + 1);
                    return m.endsWith(".__init__") ? m.substring(0, m.length() - 9) : m;
                })
                .orElse(null));
    }
}
