package dev.weft.runtime.ops;

import dev.weft.runtime.core.PyInstance;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;

/**
 * A binary-operator site whose left operand is an instance of a user class ({@code v1 - v2}
 * on a {@code Vec}): remembers, for one pair of operand types at their versions, the
 * {@code __op__} and {@code __rop__} that {@link Ops#binary}'s protocol would look up, and
 * runs the same protocol with them (same calls in the same order, the same
 * {@code NotImplemented} handling). Any other operands take {@link Ops#binary}. A type
 * mutation changes its version, so the cached lookups are never stale. Thread-safe: the entry
 * is immutable and published through a volatile field.
 */
public final class BinarySite {
    private record Entry(PyType ta, int va, PyType tb, int vb, PyObject fa, PyObject fb, boolean reflectedFirst) { }

    private final BinOp op;
    private volatile Entry entry;

    public BinarySite(BinOp op) {
        this.op = op;
    }

    /** Whether {@link #apply} should see these operands (a user-class instance on the left). */
    public static boolean userLeft(PyObject a, PyObject b) {
        return a instanceof PyInstance;
    }

    public PyObject apply(PyObject a, PyObject b) {
        PyType ta = a.type(), tb = b.type();
        Entry e = entry;
        if (e == null || e.ta != ta || e.tb != tb || e.va != ta.version() || e.vb != tb.version()) {
            e = lookUp(ta, tb);
            entry = e;
        }
        PyObject fa = e.fa, fb = e.fb;
        if (fa != null) {
            if (fb != null && e.reflectedFirst) {
                PyObject r = Ops.callSlot(fb, b, a);
                if (r != Ops.NOT_IMPLEMENTED) {
                    return r;
                }
                fb = null;
            }
            PyObject r = Ops.callSlot(fa, a, b);
            if (r != Ops.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (fb != null) {
            PyObject r = Ops.callSlot(fb, b, a);
            if (r != Ops.NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw Ops.unsupported(a, b, op.symbol);
    }

    /** The lookups of {@link Ops#binaryOrNotImplemented}; versions read first, so a racing change fails the guard. */
    private Entry lookUp(PyType ta, PyType tb) {
        int va = ta.version(), vb = tb.version();
        PyObject fa = ta.lookup(op.name);
        PyObject fb = null;
        if (tb != ta) {
            fb = tb.lookup(op.rname);
            if (fb != null && fb == ta.lookup(op.rname)) {
                fb = null;
            }
        }
        boolean reflectedFirst = fa != null && fb != null && tb.isSubtypeOf(ta);
        return new Entry(ta, va, tb, vb, fa, fb, reflectedFirst);
    }
}
