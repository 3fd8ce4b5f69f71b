package dev.weft.runtime.modules.itertools;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyTuple;

/**
 * {@code tee}: the copies share a singly linked list of the items read so far; each copy
 * holds its position in it, so items nobody can reach any more are garbage. Reading the
 * source is serialised on the shared {@link Source}.
 */
final class Tee extends PyIterator {
    static final PyType TYPE = ItertoolsTypes.type("_tee", (cls, args, kw) -> {
        ItertoolsTypes.positional("_tee", args, kw, 1, 1);
        return fromIterable(args[0]);
    }, t -> {
        t.def0("__copy__", self -> ((Tee) self).copy());
    });

    /** CPython's buffer type; here only a name (the shared buffer is {@link Node}s), it cannot be instantiated. */
    static final PyType DATA_OBJECT = ItertoolsTypes.type("_tee_dataobject", null, null);

    private static final class Node {
        PyObject value;
        Node next;
    }

    private static final class Source {
        final PyObject iterator;
        boolean exhausted;
        boolean running;

        Source(PyObject iterator) {
            this.iterator = iterator;
        }
    }

    private final Source source;
    /** The node whose successor is this copy's next item. */
    private Node position;

    private Tee(Source source, Node position) {
        super(TYPE);
        this.source = source;
        this.position = position;
    }

    static Tee fromIterable(PyObject iterable) {
        PyObject it = Protocols.iter(iterable);
        if (it instanceof Tee t) {
            return t.copy();
        }
        return new Tee(new Source(it), new Node());
    }

    Tee copy() {
        synchronized (source) {
            return new Tee(source, position);
        }
    }

    @Override
    public PyObject next() {
        Source s = source;
        synchronized (s) {
            Node p = position;
            if (p.next == null) {
                if (s.exhausted) {
                    return null;
                }
                if (s.running) {
                    throw Errors.runtimeError("cannot re-enter the tee iterator");
                }
                s.running = true;
                PyObject v;
                try {
                    v = Protocols.next(s.iterator);
                } finally {
                    s.running = false;
                }
                if (p.next == null) {
                    if (v == null) {
                        s.exhausted = true;
                        return null;
                    }
                    Node n = new Node();
                    n.value = v;
                    p.next = n;
                }
            }
            position = p.next;
            return position.value;
        }
    }

    /** {@code itertools.tee(iterable, n=2)}. */
    static PyObject tee(PyObject iterable, long n) {
        if (n < 0) {
            throw Errors.valueError("n must be >= 0");
        }
        if (n == 0) {
            return PyTuple.EMPTY;
        }
        PyObject[] out = new PyObject[(int) n];
        PyObject it = Protocols.iter(iterable);
        PyObject copier = Attr.getAttrOrNull(it, "__copy__");
        if (copier == null) {
            it = new Tee(new Source(it), new Node());
            copier = Attr.getAttr(it, "__copy__");
        }
        out[0] = it;
        for (int i = 1; i < n; i++) {
            out[i] = Calls.call0(copier);
        }
        return PyTuple.of(out);
    }
}
