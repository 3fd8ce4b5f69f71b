package dev.weft.runtime.modules.itertools;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyTuple;

/**
 * {@code groupby} and its {@code _grouper}s, stepping the shared source exactly as CPython's:
 * a grouper is valid only while it is the current one. The groupby object is the monitor of
 * its state (groupers synchronise on it too).
 */
final class GroupBy extends PyIterator {
    static final PyType TYPE = ItertoolsTypes.type("groupby", (cls, args, kw) -> {
        PyObject[] a = ArgParse.parse("groupby", args, kw, new String[] {"iterable", "key"}, 1);
        return new GroupBy(Protocols.iter(a[0]), a[1] == null || a[1] == PyNone.NONE ? null : a[1]);
    }, null);

    static final PyType GROUPER = ItertoolsTypes.type("_grouper", null, null);

    private final PyObject source;
    private final PyObject keyFunc;
    private PyObject targetKey, currentKey, currentValue;
    private Grouper currentGrouper;

    private GroupBy(PyObject source, PyObject keyFunc) {
        super(TYPE);
        this.source = source;
        this.keyFunc = keyFunc;
    }

    /** Reads the next value and its key; false at the end of the source. */
    private boolean step() {
        PyObject v = Protocols.next(source);
        if (v == null) {
            return false;
        }
        PyObject k = keyFunc == null ? v : Calls.call1(keyFunc, v);
        currentValue = v;
        currentKey = k;
        return true;
    }

    @Override
    public synchronized PyObject next() {
        currentGrouper = null;
        while (true) {
            if (currentKey != null) {
                if (targetKey == null || !Ops.eqBool(targetKey, currentKey)) {
                    break;
                }
            }
            if (!step()) {
                return null;
            }
        }
        targetKey = currentKey;
        Grouper g = new Grouper(this, targetKey);
        currentGrouper = g;
        return PyTuple.of(currentKey, g);
    }

    static final class Grouper extends PyIterator {
        private final GroupBy parent;
        private final PyObject key;

        Grouper(GroupBy parent, PyObject key) {
            super(GROUPER);
            this.parent = parent;
            this.key = key;
        }

        @Override
        public PyObject next() {
            GroupBy g = parent;
            synchronized (g) {
                if (g.currentGrouper != this) {
                    return null;
                }
                if (g.currentValue == null && !g.step()) {
                    return null;
                }
                if (!Ops.eqBool(key, g.currentKey)) {
                    return null;
                }
                PyObject r = g.currentValue;
                g.currentValue = null;
                return r;
            }
        }
    }
}
