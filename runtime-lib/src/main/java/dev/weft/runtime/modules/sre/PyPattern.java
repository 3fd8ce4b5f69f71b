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
    /** The literal prefix of the INFO block as a string of BMP characters, or null. */
    private final String literalPrefix;

    PyPattern(PyObject pattern, int flags, int[] code, int groups, PyDict groupindex, PyTuple indexgroup) {
        this.pattern = pattern;
        this.flags = flags;
        this.code = code;
        this.groups = groups;
        this.groupindex = groupindex;
        this.indexgroup = indexgroup;
        this.bytesPattern = pattern instanceof PyStr ? Boolean.FALSE
                : pattern == PyNone.NONE ? null : Boolean.TRUE;
        this.literalPrefix = literalPrefix(code);
    }

    /** The INFO block's prefix (code words 7..7+len) if every character is a BMP non-surrogate. */
    private static String literalPrefix(int[] code) {
        if (code.length < 7 || code[0] != SreCodes.INFO || (code[2] & SreCodes.INFO_PREFIX) == 0) {
            return null;
        }
        int len = code[5];
        if (len < 1 || 7 + len > code.length) {
            return null;
        }
        StringBuilder sb = new StringBuilder(len);
        for (int i = 0; i < len; i++) {
            int c = code[7 + i];
            if (c < 0 || c > 0xFFFF || Character.isSurrogate((char) c)) {
                return null;
            }
            sb.append((char) c);
        }
        return sb.toString();
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
        return new SreState(code, groups, s, pos, endpos, literalPrefix);
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
