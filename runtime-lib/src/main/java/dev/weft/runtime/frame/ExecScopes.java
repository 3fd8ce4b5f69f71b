package dev.weft.runtime.frame;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyDict;

/**
 * The globals and locals that code compiled at run time last ran with, per class, so that
 * its frames can show {@code f_globals}/{@code f_locals}. A code object run concurrently (or
 * reentrantly) with different dicts shows the most recent ones: a documented limit.
 */
public final class ExecScopes {
    private ExecScopes() { }

    /** The dicts one exec'd class last ran with. */
    public static final class Scope {
        volatile PyDict globals;
        volatile PyObject locals;

        public PyDict globals() {
            return globals;
        }

        public PyObject locals() {
            return locals;
        }
    }

    private static final ClassValue<Scope> SCOPES = new ClassValue<>() {
        @Override
        protected Scope computeValue(Class<?> type) {
            return new Scope();
        }
    };

    /** Records that {@code c}'s code runs with these dicts (called by exec/eval before running it). */
    public static void enter(Class<?> c, PyDict globals, PyObject locals) {
        Scope s = SCOPES.get(c);
        s.globals = globals;
        s.locals = locals;
    }

    /** The dicts of exec'd class {@code c} (fields null if it never ran). */
    public static Scope of(Class<?> c) {
        return SCOPES.get(c);
    }
}
