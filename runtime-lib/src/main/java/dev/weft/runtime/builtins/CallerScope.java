package dev.weft.runtime.builtins;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.frame.PyFrame;
import dev.weft.runtime.frame.PythonStack;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyDict;

/**
 * The namespaces of the code that loaded a builtin needing them ({@code globals}, {@code locals},
 * {@code exec}, {@code eval}): compiled code loads such a builtin through
 * {@code Names.loadGlobal}/{@code loadName}, which bind it to a CallerScope (as the builtin's
 * {@code self}). Not a Python-visible type.
 */
final class CallerScope extends PyObject {
    private static final PyType TYPE = new PyType("weft_caller_scope", CallerScope.class, PyType.OBJECT, t -> { },
            PyType.IMMUTABLE);

    final PyDict globals;
    /** The local namespace when known (class bodies, exec'd code), else null (module or function code). */
    final PyObject namespace;

    CallerScope(PyDict globals, PyObject namespace) {
        this.globals = globals;
        this.namespace = namespace;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /**
     * The caller's namespaces when the builtin was not loaded by compiled code (e.g. called
     * through {@code builtins.exec}): found from the innermost Python frame.
     */
    static CallerScope ofCaller(String function) {
        PythonStack.Entry e = PythonStack.caller();
        if (e == null) {
            throw Errors.systemError("%s(): no Python frame is running", function);
        }
        return new CallerScope(PyFrame.globalsOf(e), null);
    }

    /**
     * The caller's local namespace: the known namespace, else the globals when the caller is
     * module-level code; in a function, null (its locals live in JVM locals).
     */
    PyObject localsOrNull() {
        if (namespace != null) {
            return namespace;
        }
        PythonStack.Entry e = PythonStack.caller();
        return e != null && e.isModuleBody() ? globals : null;
    }
}
