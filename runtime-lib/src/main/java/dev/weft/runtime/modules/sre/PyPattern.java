package dev.weft.runtime.modules.sre;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/**
 * {@code re.Pattern}: a compiled regular expression. Immutable once built, so one pattern
 * serves any number of threads; every match runs in its own {@link SreState}.
 */
public final class PyPattern extends PyObject {
    public static final PyType TYPE = new PyType("re.Pattern", PyPattern.class, PyType.OBJECT,
            PatternMethods::define, PyType.IMMUTABLE);

    final PyObject pattern;
    final int flags;
    final int[] code;
    final int groups;
    /** name -> group number (a private copy; exposed read-only). */
    final PyDict groupindex;
    /** group number -> name or None. */
    final PyTuple indexgroup;
    /** True for a bytes pattern, false for str; a pattern compiled from None accepts both. */
    final Boolean bytesPattern;

    PyPattern(PyObject pattern, int flags, int[] code, int groups, PyDict groupindex, PyTuple indexgroup) {
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.bytesPattern = pattern instanceof PyStr ? Boolean.FALSE
                : pattern == PyNone.NONE ? null : Boolean.TRUE;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A state for running this pattern over {@code string}, after CPython's type checks. */
    SreState state(PyObject string, long pos, long endpos) {
        Subject s = Subject.of(string);
        if (bytesPattern != null) {
            if (!bytesPattern && s.isBytes()) {
                throw Errors.typeError("cannot use a string pattern on a bytes-like object");
            }
            if (bytesPattern && !s.isBytes()) {
                throw Errors.typeError("cannot use a bytes pattern on a string-like object");
            }
        }
        return new SreState(code, groups, s, pos, endpos);
    }

    /** The name of group {@code i}, or null. */
    PyObject groupName(int i) {
        if (i < 0 || i >= indexgroup.size()) {
            return null;
        }
        PyObject n = indexgroup.get(i);
        return n == PyNone.NONE ? null : n;
    }

    boolean isBytes() {
        return bytesPattern == Boolean.TRUE || pattern instanceof PyBytes;
    }
}
