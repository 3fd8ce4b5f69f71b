package dev.weft.runtime.modules.sre;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;

/** {@code re.Match}: the spans of one successful match (immutable). */
public final class PyMatch extends PyObject {
    public static final PyType TYPE = new PyType("re.Match", PyMatch.class, PyType.OBJECT,
            MatchMethods::define, PyType.IMMUTABLE);

    final PyPattern pattern;
    final Subject subject;
    final int pos;
    final int endpos;
    /** Start and end of group g at [2g], [2g+1]; -1 when the group did not take part. */
    final int[] spans;
    final int lastindex;

    PyMatch(PyPattern pattern, SreState state) {
        this.pattern = pattern;
        this.subject = state.subject;
        this.pos = state.pos;
        this.endpos = state.endpos;
        int n = pattern.groups + 1;
        int[] s = new int[2 * n];
        for (int g = 0; g < n; g++) {
            s[2 * g] = state.groupStart(g);
            s[2 * g + 1] = state.groupEnd(g);
            if (s[2 * g] > s[2 * g + 1]) {
                throw Errors.systemError("The span of capturing group is wrong, please report a bug for the re module.");
            }
        }
        this.spans = s;
        this.lastindex = state.lastindex;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Group number for an index or a name, or IndexError("no such group"). */
    int groupIndex(PyObject g) {
        if (g instanceof PyInt || g.type().lookup("__index__") != null && !(g instanceof dev.weft.runtime.types.PyStr)) {
            PyInt i = Protocols.index(g, null);
            if (i.fitsLong() && i.longValue() >= 0 && i.longValue() <= pattern.groups) {
                return (int) i.longValue();
            }
            throw Errors.indexError("no such group");
        }
        PyObject v = pattern.groupindex.getItemOrNull(g);
        if (v instanceof PyInt i && i.fitsLong()) {
            return (int) i.longValue();
        }
        throw Errors.indexError("no such group");
    }

    /** The text of group g, or {@code dflt} when it did not take part. */
    PyObject group(int g, PyObject dflt) {
        int b = spans[2 * g], e = spans[2 * g + 1];
        if (b < 0 || e < 0) {
            return dflt;
        }
        return subject.slice(b, e);
    }

    PyObject group(int g) {
        return group(g, PyNone.NONE);
    }
}
