package dev.weft.runtime.modules.sre;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.types.PyNone;

/**
 * {@code _sre.SRE_Scanner}: successive matches over one string. Its state moves forward with
 * each call, so calls are serialised (two threads sharing a scanner get consecutive matches).
 */
final class PyScanner extends PyObject {
    static final PyType TYPE = new PyType("_sre.SRE_Scanner", PyScanner.class, PyType.OBJECT, t -> {
        t.def0("match", self -> ((PyScanner) self).next(false));
        t.def0("search", self -> ((PyScanner) self).next(true));
        t.defGetSet("pattern", self -> ((PyScanner) self).pattern, null);
    }, PyType.IMMUTABLE);

    final PyPattern pattern;
    private final SreState state;
    private boolean exhausted;

    PyScanner(PyPattern pattern, SreState state) {
        this.pattern = pattern;
        this.state = state;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    synchronized PyObject next(boolean search) {
        if (exhausted) {
            return PyNone.NONE;
        }
        SreState s = state;
        s.reset();
        s.ptr = s.start;
        boolean ok = search ? s.search() : s.match();
        if (!ok) {
            exhausted = true;
            return PyNone.NONE;
        }
        PyMatch m = new PyMatch(pattern, s);
        s.mustAdvance = s.ptr == s.start;
        s.start = s.ptr;
        return m;
    }
}
